package vn.vtlt.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache's copy of DuckDB's driver loads its native library from the file beside it, never unpacked into
 * the temporary folder: the real driver jar of the build, moved out as jobs/bin/vtlt-warehouse-cds does, then a real
 * JVM that opens DuckDB with it and says which file it mapped.
 */
class DuckDbNativeLibraryTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theDriverLoadsTheLibraryBesideItsJarAndUnpacksNothing(@TempDir Path root) throws Exception {
        // given a copy of the build's driver jar, with its library moved out
        Path original = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.copy(original, Files.createDirectories(root.resolve("lib")).resolve(original.getFileName()));
        String entry = DuckDbNativeLibrary.entryName(System.getProperty("os.name"), System.getProperty("os.arch"));

        // when
        String said = DuckDbNativeLibrary.moveOut(jar);

        // then the library is beside the jar, byte for byte, and the jar holds every other entry as it was, no library
        Path library = jar.resolveSibling(entry);
        assertThat(said).contains(entry + " moved beside it");
        try (ZipFile before = new ZipFile(original.toFile())) {
            try (InputStream in = before.getInputStream(before.getEntry(entry))) {
                assertThat(Files.newInputStream(library)).hasSameContentAs(in);
            }
            Map<String, String> kept = digests(original);
            kept.keySet().removeIf(name -> name.startsWith("libduckdb_java.so_"));
            assertThat(digests(jar)).isEqualTo(kept);
        }

        // when a JVM opens DuckDB with that jar, its temporary folder empty
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        Path classes = Path.of(OpensDuckDb.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process child = new ProcessBuilder(JAVA, "-Djava.io.tmpdir=" + temporary, "-cp", jar + java.io.File.pathSeparator + classes,
                OpensDuckDb.class.getName()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

        // then it mapped the file beside the jar and wrote nothing into the temporary folder
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out.lines()).contains("answer 42", "mapped " + library.toRealPath());
        assertThat(out.lines().filter(line -> line.startsWith("mapped "))).hasSize(1);
        try (var left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }

        // and a second pass leaves the jar as it is
        byte[] stripped = Files.readAllBytes(jar);
        assertThat(DuckDbNativeLibrary.moveOut(jar)).contains("holds no native library");
        assertThat(Files.readAllBytes(jar)).isEqualTo(stripped);
    }

    @Test
    void theEntryIsNamedByTheDriversOwnRule() {
        assertThat(DuckDbNativeLibrary.entryName("Linux", "amd64")).isEqualTo("libduckdb_java.so_linux_amd64");
        assertThat(DuckDbNativeLibrary.entryName("Linux", "aarch64")).isEqualTo("libduckdb_java.so_linux_arm64");
        assertThat(DuckDbNativeLibrary.entryName("Mac OS X", "aarch64")).isEqualTo("libduckdb_java.so_osx_universal");
        assertThat(DuckDbNativeLibrary.entryName("Windows 11", "x86_64")).isEqualTo("libduckdb_java.so_windows_amd64");
    }

    /** Each entry of the jar and the SHA-256 of its bytes. */
    private static Map<String, String> digests(Path jar) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    digests.put(entry.getName(), HexFormat.of().formatHex(digest.digest(in.readAllBytes())));
                }
            }
        }
        return digests;
    }

    /** Opens an in-memory DuckDB, asks it a question and prints the DuckDB libraries this process has mapped. */
    public static final class OpensDuckDb {

        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = connection.createStatement();
                 ResultSet answer = statement.executeQuery("select 42")) {
                answer.next();
                System.out.println("answer " + answer.getInt(1));
            }
            List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .filter(line -> line.contains("libduckdb_java"))
                    .map(line -> line.substring(line.indexOf('/')))
                    .distinct().toList();
            mapped.forEach(path -> System.out.println("mapped " + path));
        }
    }
}
