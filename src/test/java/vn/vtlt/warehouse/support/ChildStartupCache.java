package vn.vtlt.warehouse.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import vn.vtlt.warehouse.warehouse.DuckDbNativeLibrary;

/**
 * The start-up cache of the tests' child JVMs ({@link ProgramJvm}), as jobs/bin/vtlt-warehouse-cds makes one for the
 * shipped jar: a class-data-sharing archive of the classes a child loads, so that each child maps them instead of
 * loading and verifying them again (most of a short child's CPU). CDS takes classes from jars only, and the tests'
 * class path holds target/classes and target/test-classes: each directory is copied into a jar of the same content,
 * in the same place of the class path, then one child run (an import of a small city) writes the archive at its exit.
 * <p>
 * Made once for a given class path and content of its directories (a digest names its folder under target/), under
 * a file lock (JUnit runs some classes side by side, and two builds may share a target/). When anything fails, the
 * reason is printed once and children start as before, from the tests' own class path: the cache only saves time.
 */
final class ChildStartupCache {

    /** What a child starts with: JVM options (the archive, if any) and its class path. */
    record Start(List<String> options, String classPath) {
    }

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The options every child has: the archive is made and used with the same ones. */
    static final List<String> BASE_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Caches of other builds are removed once no child can still be running from them. */
    private static final Duration KEEP_OTHERS = Duration.ofDays(1);

    private static Start start;

    private ChildStartupCache() {
    }

    /** The cache's start, made on the first call of this JVM; the tests' own class path when it cannot be made. */
    static synchronized Start start() {
        if (start == null) {
            String classPath = System.getProperty("java.class.path");
            try {
                start = make(classPath);
            } catch (IOException | RuntimeException e) {
                System.err.println("Child JVMs start without the start-up cache: " + e);
                start = new Start(List.of(), classPath);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                start = new Start(List.of(), classPath);
            }
        }
        return start;
    }

    private static Start make(String classPath) throws IOException, InterruptedException {
        List<Path> entries = Stream.of(classPath.split(File.pathSeparator)).map(Path::of).toList();
        Path caches = entries.stream().filter(Files::isDirectory).findFirst()
                .map(directory -> directory.toAbsolutePath().getParent()).orElse(Path.of("target")).resolve("child-jvm-cache");
        Path cache = caches.resolve(digest(entries));
        Files.createDirectories(caches);
        try (FileChannel lockFile = FileChannel.open(caches.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            List<Path> jars = jars(entries, cache);
            String cachedClassPath = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
            Path archive = cache.resolve("children.jsa");
            if (!Files.exists(cache.resolve("ready"))) {
                removeOthers(caches, cache);
                train(cache, cachedClassPath, archive);
                Files.createFile(cache.resolve("ready"));
            }
            // an archive refused all the same (it was checked when made) must not add a line to a child's output
            return new Start(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"), cachedClassPath);
        }
    }

    /** The class path with each directory replaced by a jar of it (made when missing). */
    private static List<Path> jars(List<Path> entries, Path cache) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            if (!Files.isDirectory(entry)) {
                boolean driver = entry.getFileName().toString().startsWith("duckdb_jdbc-");
                jars.add(driver ? libraryBeside(entry, cache.resolve(i + "-duckdb")) : entry);
                continue;
            }
            Path jar = cache.resolve(i + "-" + entry.getFileName() + ".jar");
            if (!Files.exists(jar)) {
                Files.createDirectories(cache);
                Path partial = cache.resolve(jar.getFileName() + ".partial");
                // the jar tool writes the folders' entries too: Spring's class path scanning needs them
                ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow(() -> new IllegalStateException("no jar tool"));
                if (tool.run(System.out, System.err, "--create", "--no-manifest", "--file", partial.toString(),
                        "-C", entry.toString(), ".") != 0) {
                    throw new IllegalStateException("jar of " + entry + " failed");
                }
                Files.move(partial, jar);
            }
            jars.add(jar);
        }
        return jars;
    }

    /**
     * A copy of DuckDB's driver jar in {@code folder} with its native library moved out beside it, as
     * jobs/bin/vtlt-warehouse-cds does for the shipped jar: a child then loads the library from that file instead of
     * unpacking 60 MB into /tmp at every start (and leaving it there whenever a test kills the child).
     */
    private static Path libraryBeside(Path driver, Path folder) throws IOException {
        Path jar = folder.resolve(driver.getFileName());
        if (!Files.exists(jar)) {
            Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
            if (Files.exists(partial)) {
                deleteTree(partial);
            }
            DuckDbNativeLibrary.moveOut(Files.copy(driver, Files.createDirectories(partial).resolve(driver.getFileName())));
            Files.move(partial, folder);
        }
        return jar;
    }

    /**
     * Writes the archive with a real child: an import of a small city (the Spring context, the job, DuckDB, the
     * parsing and loading classes most children use), then checks that a child starts from it ({@code -Xshare:on}
     * fails rather than start without it).
     */
    private static void train(Path cache, String classPath, Path archive) throws IOException, InterruptedException {
        Path scratch = Files.createDirectories(cache.resolve("training"));
        TestCity city = new TestCity(scratch);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        List<String> training = command(List.of("-XX:ArchiveClassesAtExit=" + archive), classPath);
        training.addAll(List.of("import", "--registry", city.registry.toString(), "--inbox", city.inbox.toString(),
                "--home", city.home.toString()));
        run(training, cache.resolve("training.log"));
        List<String> check = command(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), classPath);
        check.add("--version");
        run(check, cache.resolve("check.log"));
        deleteTree(scratch);
    }

    private static List<String> command(List<String> options, String classPath) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(BASE_OPTIONS);
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, ProgramJvm.PROGRAM));
        return command;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VTLT_PERSON_KEY", TestCity.PERSON_KEY);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not end in 5 minutes, see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exited " + process.exitValue() + ", see " + log);
        }
    }

    /** A name for the class path and everything in its directories (path, size and modification time of each file). */
    private static String digest(List<Path> entries) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((JAVA + "\n" + System.getProperty("java.vm.version") + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path entry : entries) {
                digest.update((entry.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        for (Path file : files.sorted().toList()) {
                            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                            digest.update((entry.relativize(file) + " " + attributes.size() + " "
                                    + attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Other builds' caches, once a day old: a suite still running from one has long ended. */
    private static void removeOthers(Path caches, Path cache) throws IOException {
        Instant before = Instant.now().minus(KEEP_OTHERS);
        try (Stream<Path> all = Files.list(caches)) {
            for (Path other : all.filter(Files::isDirectory).toList()) {
                if (!other.equals(cache) && Files.getLastModifiedTime(other).toInstant().isBefore(before)) {
                    deleteTree(other);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
