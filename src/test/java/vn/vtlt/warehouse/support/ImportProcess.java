package vn.vtlt.warehouse.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import vn.vtlt.warehouse.bench.Bench;

/**
 * The {@code import} command in a JVM of its own, as an operator or a scheduler runs it: its whole output can be
 * read, and it can be killed.
 */
public final class ImportProcess {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ImportProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> copy(process.getInputStream()));
        reader.start();
    }

    /** Starts {@code import} on a city, with extra options (e.g. --vtlt.http.token-file=...). */
    public static ImportProcess start(TestCity city, String... options) {
        return start("import", city, options);
    }

    /** Starts a command that imports ({@code import}, {@code schedule}) on a city, with the test person key. */
    public static ImportProcess start(String name, TestCity city, String... options) {
        return start(name, city, true, options);
    }

    /** Starts {@code import} with no person key in its environment. */
    public static ImportProcess startWithoutKey(TestCity city, String... options) {
        return start("import", city, false, options);
    }

    /**
     * Starts {@code import} as the shipped systemd unit and cron entry run it ({@link Bench#JVM_OPTIONS}: a 256 MB heap,
     * the serial collector), so that a test sees what memory the operators' runs have.
     */
    public static ImportProcess startAsShipped(TestCity city, String... options) {
        return start(Bench.JVM_OPTIONS, "import", city, true, options);
    }

    /** Any command line of the program in its own JVM, with the test person key in its environment. */
    public static ImportProcess command(String... arguments) {
        return launch(List.of(), Arrays.asList(arguments), true, Map.of());
    }

    /** Any command line of the program in its own JVM, with the test person key and more in its environment. */
    public static ImportProcess command(Map<String, String> environment, String... arguments) {
        return launch(List.of(), Arrays.asList(arguments), true, environment);
    }

    /** A command that imports ({@code import}, {@code worker}...) on a city, with more in its environment. */
    public static ImportProcess start(String name, TestCity city, Map<String, String> environment, String... options) {
        return launch(List.of(), cityArguments(name, city, options), true, environment);
    }

    private static ImportProcess start(String name, TestCity city, boolean withKey, String... options) {
        return start(List.of(), name, city, withKey, options);
    }

    private static ImportProcess start(List<String> jvmOptions, String name, TestCity city, boolean withKey, String... options) {
        return launch(jvmOptions, cityArguments(name, city, options), withKey, Map.of());
    }

    private static List<String> cityArguments(String name, TestCity city, String... options) {
        List<String> arguments = new ArrayList<>(List.of(name, "--registry", city.registry.toString(),
                "--inbox", city.inbox.toString(), "--home", city.home.toString()));
        arguments.addAll(Arrays.asList(options));
        return arguments;
    }

    private static ImportProcess launch(List<String> jvmOptions, List<String> arguments, boolean withKey,
                                        Map<String, String> environment) {
        List<String> command = ProgramJvm.program(jvmOptions);
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("VTLT_PERSON_KEY");
            if (withKey) {
                builder.environment().put("VTLT_PERSON_KEY", TestCity.PERSON_KEY);
            }
            builder.environment().putAll(environment);
            return new ImportProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end; returns the exit code. */
    public int waitFor() {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("import did not finish:\n" + output);
            }
            reader.join();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the output satisfies a condition (or the process ends); true when it did. */
    public boolean awaitOutput(Predicate<String> condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (condition.test(output.toString())) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.test(output.toString());
    }

    /** The option that holds a run at a point (see {@code PausePoints}), e.g. {@code load.committed#2}. */
    public static String pauseAt(String... occurrences) {
        return "--vtlt.test.pause-at=" + String.join(",", occurrences);
    }

    /** Waits until the run holds at a point asked for with {@link #pauseAt}; false when it ended without reaching it. */
    public boolean awaitPause(String occurrence) throws InterruptedException {
        return awaitOutput(out -> out.contains("PAUSED at " + occurrence), TimeUnit.MINUTES.toMillis(5));
    }

    /** Lets a run held at a point go on. */
    public static void resume(TestCity city, String occurrence) {
        try {
            Files.createFile(city.home.resolve("resume-" + occurrence.replace('#', '-')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, and wait for the process to end; returns its exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        reader.join();
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join();
    }

    public String output() {
        return output.toString();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process was killed
        }
    }
}
