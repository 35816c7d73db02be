package vn.vtlt.warehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Puts DuckDB's native library beside its driver's jar in the start-up cache (jobs/bin/vtlt-warehouse-cds runs it on
 * the extracted jar's {@code lib/} folder, before the archive is trained), so that a command loads the library from
 * that file instead of unpacking it.
 * <p>
 * The driver (duckdb_jdbc 1.5.6, {@code org.duckdb.DuckDBNative}) copies the library for its platform out of its jar
 * into the system's temporary folder whenever the jar holds one: 60 MB written by every command that opens the
 * warehouse (about 0.5 s of CPU), and left behind by every process that is killed (only a normal exit deletes it).
 * When the jar holds none, the driver loads {@code System.loadLibrary("duckdb_java")} or else the file of the same
 * name as the jar's entry in the jar's own folder. So this moves the platform's entry out into that file and writes
 * the jar again without any platform's copy (the other three are 196 MB the cache does not need).
 * <p>
 * Uses nothing but the JDK, so that the script can run it with {@code java -cp} on the extracted jar. Idempotent: a
 * jar without libraries is left as it is. A platform the jar has no library for is left as it is too (the driver
 * would fail there anyway, with its own message).
 */
public final class DuckDbNativeLibrary {

    private static final String ENTRY_PREFIX = "libduckdb_java.so_";

    private DuckDbNativeLibrary() {
    }

    /** {@code java -cp vtlt-warehouse.jar vn.vtlt.warehouse.warehouse.DuckDbNativeLibrary LIB_DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DuckDbNativeLibrary LIB_DIR (the extracted jar's lib/ folder)");
            System.exit(2);
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(args[0]), "duckdb_jdbc-*.jar")) {
            found.forEach(jars::add);
        }
        if (jars.isEmpty()) {
            System.err.println("ERROR no duckdb_jdbc jar in " + args[0]);
            System.exit(1);
        }
        for (Path jar : jars) {
            System.out.println(moveOut(jar));
        }
    }

    /**
     * The name of the platform's library in the driver's jar, by the driver's own rule (DuckDBNative.nativeLibName:
     * os linux, osx or windows; arch amd64 or arm64, universal on macOS).
     */
    static String entryName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT).trim();
        if (os.startsWith("windows")) {
            os = "windows";
        } else if (os.startsWith("mac")) {
            return ENTRY_PREFIX + "osx_universal";
        } else if (os.startsWith("linux")) {
            os = "linux";
        } else {
            os = os.replaceAll("[^a-z0-9_\\-.]", "");
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT).trim()) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> osArch.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9_\\-.]", "");
        };
        return ENTRY_PREFIX + os + "_" + arch;
    }

    /**
     * Moves this platform's library out of the driver's {@code jar} into a file beside it and drops every platform's
     * library from the jar; says what it did.
     */
    public static String moveOut(Path jar) throws IOException {
        return moveOut(jar, entryName(System.getProperty("os.name"), System.getProperty("os.arch")));
    }

    static String moveOut(Path jar, String entry) throws IOException {
        Path library = jar.resolveSibling(entry);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry own = zip.getEntry(entry);
            if (own == null) {
                return zip.stream().anyMatch(e -> e.getName().startsWith(ENTRY_PREFIX))
                        ? jar + " has no library for this platform (" + entry + "): left as it is"
                        : jar + " holds no native library (" + (Files.exists(library) ? library : "none beside it") + ")";
            }
            Path libraryPart = Files.createTempFile(jar.getParent(), entry, ".part");
            try (InputStream in = zip.getInputStream(own)) {
                Files.copy(in, libraryPart, StandardCopyOption.REPLACE_EXISTING);
            }
            libraryPart.toFile().setExecutable(true, false);
            Path jarPart = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(jarPart); ZipOutputStream copy = new ZipOutputStream(out)) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry kept = entries.nextElement();
                    if (kept.getName().startsWith(ENTRY_PREFIX)) {
                        continue;
                    }
                    ZipEntry written = new ZipEntry(kept.getName());
                    written.setLastModifiedTime(kept.getLastModifiedTime());
                    copy.putNextEntry(written);
                    try (InputStream in = zip.getInputStream(kept)) {
                        in.transferTo(copy);
                    }
                    copy.closeEntry();
                }
            }
            // the library first: a jar without it and no file beside it could not open the warehouse
            Files.move(libraryPart, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(jarPart, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return jar + ": " + entry + " moved beside it (" + library + ")";
    }
}
