package vn.vtlt.warehouse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command of this program run in a JVM of its own, as an operator runs it, timed from start to exit, with its
 * peak resident memory (Linux VmHWM, read from /proc while it runs; -1 where /proc is not available).
 */
final class ChildProcess {

    /** What one run took; when it started and ended, in local time as the job repository records its steps. */
    record Measured(double seconds, long peakRssBytes, int exit, java.time.LocalDateTime started,
                    java.time.LocalDateTime ended) {
    }

    private ChildProcess() {
    }

    /**
     * The command line that starts this program with the operators' JVM options ({@link Bench#JVM_OPTIONS}), as
     * jobs/bin/vtlt-warehouse starts it: from the start-up cache of the jar it was started from when there is one
     * ({@link #startupCache}), else from that jar, else from its class path.
     */
    static List<String> program() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Bench.JVM_OPTIONS);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            Optional<List<String>> cached = startupCache(Path.of(classPath));
            command.addAll(cached.orElse(List.of("-jar", classPath)));
        } else {
            command.addAll(List.of("-cp", classPath, "vn.vtlt.warehouse.cli.VtltWarehouse"));
        }
        return command;
    }

    /**
     * The JVM options and jar that start the program from a start-up cache (jobs/bin/vtlt-warehouse-cds), found as
     * jobs/bin/vtlt-warehouse finds it: this JVM's own archive when it was started from one, else the cache made for
     * this very jar ({@code <jar without .jar>.cds/<size>-<modification time in seconds>/ready}).
     */
    static Optional<List<String>> startupCache(Path jar) {
        List<String> archive = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:SharedArchiveFile=")).toList();
        if (!archive.isEmpty()) {
            return Optional.of(fromArchive(archive.get(0), jar));
        }
        try {
            Path absolute = jar.toRealPath();
            String name = absolute.getFileName().toString();
            Path cache = absolute.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".cds")
                    .resolve(Files.size(absolute) + "-" + Files.getLastModifiedTime(absolute).toMillis() / 1000);
            if (!Files.isRegularFile(cache.resolve("ready"))) {
                return Optional.empty();
            }
            return Optional.of(fromArchive("-XX:SharedArchiveFile=" + cache.resolve("app.jsa"), cache.resolve("app").resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A jar started from a class-data-sharing archive, quiet but for the JVM's warnings (as jobs/bin/vtlt-warehouse). */
    private static List<String> fromArchive(String archiveOption, Path jar) {
        return List.of("-Xlog:disable", "-Xlog:all=warning:stderr", archiveOption, "-jar", jar.toString());
    }

    static Measured run(List<String> arguments, Map<String, String> environment, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        java.time.LocalDateTime startedAt = java.time.LocalDateTime.now();
        long started = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = Files.isReadable(status) ? 0 : -1;
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (peak >= 0) {
                peak = Math.max(peak, highWaterMark(status));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Measured(seconds, peak, process.exitValue(), startedAt, java.time.LocalDateTime.now());
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads
        }
        return 0;
    }
}
