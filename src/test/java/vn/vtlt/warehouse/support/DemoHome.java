package vn.vtlt.warehouse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import vn.vtlt.warehouse.cli.VtltWarehouse;

/**
 * The demo city's home (707 agencies generated, imported by the real job, published), made once per test JVM by
 * the real {@code demo} command and copied into each test class's own folder: the test classes that need the demo
 * share one import of it instead of running one each. {@code -Dvtlt.test.demo-home=DIR} reuses a demo home made
 * earlier by {@code demo --home DIR} (when running one class again and again).
 */
public final class DemoHome {

    private static Path built;

    private DemoHome() {
    }

    /** Copies the demo's home into {@code home} (absent or empty), running the demo first if needed. */
    public static synchronized void copyTo(Path home) {
        try {
            if (built == null && System.getProperty("vtlt.test.demo-home") != null) {
                built = Path.of(System.getProperty("vtlt.test.demo-home"));
            }
            if (built == null) {
                Path folder = Files.createTempDirectory("vtlt-demo-home");
                Path demoHome = folder.resolve("home");
                if (VtltWarehouse.execute("demo", "--home", demoHome.toString()) != 0) {
                    throw new IllegalStateException("the demo failed; see " + demoHome.resolve("logs"));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                built = demoHome;
            }
            try (Stream<Path> files = Files.walk(built)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Path to = home.resolve(built.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
