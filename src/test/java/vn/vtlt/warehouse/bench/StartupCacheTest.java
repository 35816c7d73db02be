package vn.vtlt.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped wrapper (jobs/bin/vtlt-warehouse) starts from the start-up cache made for this very jar, never from a
 * stale one, and bench finds the same cache (so it measures what operators run). The jar here is a small real one
 * and its cache is laid out and trained as jobs/bin/vtlt-warehouse-cds makes it; real JVMs run it.
 */
class StartupCacheTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @TempDir
    Path root;

    @Test
    void theWrapperStartsFromTheCacheOfThisVeryJarAndFromTheJarItselfOnceItIsReplaced() throws Exception {
        // given a jar and its start-up cache: the jar extracted into the cache, an archive trained on it, "ready"
        Path jar = programJar(root.resolve("opt/vtlt-warehouse.jar"));
        Path cache = trainedCache(jar);
        Path cachedJar = cache.resolve("app/vtlt-warehouse.jar");
        Path archive = cache.resolve("app.jsa");

        // when
        Started cached = wrapper(jar, "status", "--year", "2016");

        // then
        assertThat(cached.out()).containsExactly("archive " + archive, "jar " + cachedJar, "arguments [status, --year, 2016]");
        assertThat(cached.err()).isEmpty();
        assertThat(ChildProcess.startupCache(jar)).hasValueSatisfying(options -> assertThat(options)
                .containsSubsequence("-XX:SharedArchiveFile=" + archive, "-jar", cachedJar.toString()));

        // when the jar is replaced (a new build: a new modification time)
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Started replaced = wrapper(jar, "status");

        // then it runs from the jar itself, and so does bench
        assertThat(replaced.out()).containsExactly("archive none", "jar " + jar, "arguments [status]");
        assertThat(ChildProcess.startupCache(jar)).isEmpty();
    }

    /** The start-up cache of this jar as vtlt-warehouse-cds makes it: the jar extracted, an archive trained on it, "ready". */
    private Path trainedCache(Path jar) throws Exception {
        Path cache = jar.resolveSibling("vtlt-warehouse.cds")
                .resolve(Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() / 1000);
        Path cachedJar = Files.copy(jar, Files.createDirectories(cache.resolve("app")).resolve("vtlt-warehouse.jar"));
        run(List.of(JAVA, "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + cache.resolve("app.jsa"), "-jar", cachedJar.toString()));
        Files.createFile(cache.resolve("ready"));
        return cache;
    }

    @Test
    void anArchiveTheJvmRefusesOnlyCostsAWarningOnStandardError() throws Exception {
        // given a cache whose archive no longer matches its jars (as after a Java update or a changed file)
        Path jar = programJar(root.resolve("opt/vtlt-warehouse.jar"));
        Path cache = trainedCache(jar);
        Path cachedJar = cache.resolve("app/vtlt-warehouse.jar");
        Files.setLastModifiedTime(cachedJar, FileTime.fromMillis(Files.getLastModifiedTime(cachedJar).toMillis() - 60_000));

        // when
        Started stale = wrapper(jar, "--help");

        // then the command runs and its output is its own
        assertThat(stale.exit()).isZero();
        assertThat(stale.out()).contains("arguments [--help]");
        assertThat(String.join("\n", stale.err())).contains("Unable to use shared archive");
    }

    private record Started(int exit, List<String> out, List<String> err) {
    }

    /** jobs/bin/vtlt-warehouse with VTLT_JAR set, this JVM's java first on the PATH. */
    private Started wrapper(Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("jobs/bin/vtlt-warehouse").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(root.resolve("out.txt").toFile()).redirectError(root.resolve("err.txt").toFile());
        builder.environment().put("VTLT_JAR", jar.toString());
        builder.environment().put("VTLT_JAVA_OPTS", JVM_OPTIONS);
        builder.environment().put("PATH", Path.of(JAVA).getParent() + ":" + System.getenv("PATH"));
        int exit = run(builder);
        return new Started(exit, Files.readAllLines(root.resolve("out.txt")), Files.readAllLines(root.resolve("err.txt")));
    }

    private int run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve("training.txt").toFile()));
    }

    private static int run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    /** An executable jar of {@link PrintsItsStart}. */
    private static Path programJar(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintsItsStart.class.getName());
        String entry = PrintsItsStart.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = PrintsItsStart.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
