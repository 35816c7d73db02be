package vn.vtlt.warehouse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.vtlt.warehouse.config.VtltProperties;

/**
 * Issue 16's comparison: the large set's validation run in the import's own process, by one {@code worker}, and by
 * two, against the same PostgreSQL job repository (the operator's, from {@code VTLT_JOB_REPOSITORY_*}), in
 * alternating order, medians reported. The figure is the validation step's own duration as the job repository
 * records it (the partitioned step, from the first partition sent to the last one finished), beside the whole
 * import. All processes run on this machine: with two cores, workers share the import's cores, so what this can
 * show is the cost of the queue, not a speed-up; on separate machines each worker brings its own cores.
 */
public final class ClusterBench {

    /** One way of validating: how many worker processes, and threads each (0 workers: in the import's process). */
    record Mode(String name, int workers, int threadsEach) {
    }

    /** Medians of one mode. */
    record Figures(Mode mode, double validateSeconds, double importSeconds) {
    }

    static final List<Mode> MODES = List.of(new Mode("in-process, 2 threads", 0, 2),
            new Mode("1 worker, 2 threads", 1, 2), new Mode("2 workers, 2 threads each", 2, 2));

    private final Path work;
    private final Map<String, String> environment;
    private final VtltProperties.JobRepository repository;
    private final PrintStream out;

    public ClusterBench(Path work, VtltProperties.JobRepository repository, PrintStream out) {
        this.work = work;
        this.environment = Bench.ENVIRONMENT;
        this.repository = repository;
        this.out = out;
    }

    /** Generates the large set (smoke: a tiny one) and compares the three ways of validating it. */
    public List<Figures> run(boolean smoke, int repeat) throws Exception {
        if (!repository.external() || !repository.url().startsWith("jdbc:postgresql:")) {
            throw new vn.vtlt.warehouse.config.UserError("bench --cluster needs the job repository in PostgreSQL: "
                    + "set VTLT_JOB_REPOSITORY_URL (and _USERNAME, _PASSWORD or _PASSWORD_FILE), as for `worker`");
        }
        Files.createDirectories(work);
        BenchData.Shape shape = smoke ? new BenchData.Shape("large", 6, 200, 4, 50)
                : new BenchData.Shape("large", 200, 5_000, 50, 500);
        long started = System.nanoTime();
        BenchData.Written set = BenchData.write(shape, Bench.clean(work.resolve("data-cluster")));
        out.printf("Generated %-8s %,11d rows in %,6d files (%.1f s)%n", shape.name(), shape.rows(), shape.files(),
                (System.nanoTime() - started) / 1e9);
        return run(set, repeat);
    }

    private List<Figures> run(BenchData.Written set, int repeat) throws Exception {
        Map<Mode, List<double[]>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= repeat; round++) {
            List<Mode> order = new ArrayList<>(MODES);
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            for (Mode mode : order) {
                runs.computeIfAbsent(mode, m -> new ArrayList<>()).add(importWith(set, mode));
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (Mode mode : MODES) {
            figures.add(new Figures(mode, Bench.median(runs.get(mode).stream().map(r -> r[0]).toList()),
                    Bench.median(runs.get(mode).stream().map(r -> r[1]).toList())));
        }
        print(set, repeat, figures);
        return figures;
    }

    /** One import of the set in a fresh home with the mode's workers started first: {validate s, import s}. */
    private double[] importWith(BenchData.Written set, Mode mode) throws Exception {
        Path home = Bench.clean(work.resolve("home-cluster"));
        List<String> common = List.of("--home", home.toString(), "--registry", set.registry().toString(),
                "--inbox", set.inbox().toString());
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= mode.workers(); i++) {
                workers.add(startWorker(common, mode.threadsEach(), work.resolve("worker-" + i + ".log")));
            }
            List<String> arguments = new ArrayList<>(List.of("import"));
            arguments.addAll(common);
            arguments.add("--vtlt.validate-threads=" + mode.threadsEach());
            arguments.add("--vtlt.cluster.enabled=" + (mode.workers() > 0));
            ChildProcess.Measured measured = ChildProcess.run(arguments, environment, work.resolve("last-command.log"));
            if (measured.exit() != 0) {
                throw new IllegalStateException("cluster import (" + mode.name() + ") exited " + measured.exit() + "; see "
                        + work.resolve("last-command.log"));
            }
            return new double[] {latestValidationSeconds(), measured.seconds()};
        } finally {
            for (Process worker : workers) {
                worker.destroy();
                worker.waitFor(2, TimeUnit.MINUTES);
            }
        }
    }

    /** A worker, returned once it says it is taking partitions (its first line on the console). */
    private Process startWorker(List<String> common, int threads, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ChildProcess.program());
        command.add("worker");
        command.addAll(common);
        command.add("--threads=" + threads);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process worker = builder.start();
        while (!Files.readString(log).contains("taking validation partitions")) {
            if (worker.waitFor(100, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("a worker exited " + worker.exitValue() + " at start; see " + log);
            }
        }
        return worker;
    }

    /** The validation step of the latest execution, as the job repository recorded its start and end. */
    private double latestValidationSeconds() throws SQLException {
        try (Connection connection = DriverManager.getConnection(repository.url(), repository.username(), repository.secret());
             PreparedStatement query = connection.prepareStatement("""
                     select extract(epoch from end_time - start_time) from batch_step_execution
                     where step_name = 'validateStep' order by step_execution_id desc limit 1""");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getDouble(1);
        }
    }

    private void print(BenchData.Written set, int repeat, List<Figures> figures) {
        out.println();
        out.printf("Validation of the %s set (%,d rows, %,d files) with the job repository in PostgreSQL, %d round(s), "
                + "medians; %d processors, all processes on this machine%n", set.shape().name(), set.shape().rows(),
                set.shape().files(), repeat, Runtime.getRuntime().availableProcessors());
        out.printf("%-28s %10s %12s %9s %14s%n", "validation", "validate s", "rows/s", "import s", "vs in-process");
        double inProcess = figures.get(0).validateSeconds();
        for (Figures f : figures) {
            out.printf("%-28s %10.2f %,12.0f %9.2f %13.2fx%n", f.mode().name(), f.validateSeconds(),
                    set.shape().rows() / f.validateSeconds(), f.importSeconds(), inProcess / f.validateSeconds());
        }
    }
}
