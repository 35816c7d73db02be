package vn.vtlt.warehouse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.vtlt.warehouse.demo.DemoGenerator;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * The benchmark of issue 5: the full {@code import} (a JVM of its own, as operators run it) measured side by side
 * with DuckDB's own load of the same files (the floor) and the textbook Spring Batch step (the naive peer), in
 * alternating order, repeated, medians reported; then the no-change rerun against {@code --help} and the analyst
 * views. Every figure it judges is a ratio of two measurements of this one run.
 */
public final class Bench {

    /** JVM options of the import, as the shipped systemd unit and cron entry run it (jobs/). */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms32m", "-XX:-ShrinkHeapInSteps", "-XX:+UseSerialGC");
    static final List<String> VIEWS = List.of("v_staffing_summary", "v_training_summary", "v_funding_summary", "v_submission_status");
    static final int NAIVE_SAMPLE_ROWS = 50_000;
    /** The floor's DuckDB memory limit: generous (with 512MB, reading 5,000 files in one read_csv runs out). */
    static final String MEMORY_LIMIT = "1GB";

    /** How much to run: the full sizes of the issue, or a smoke run of seconds that keeps the code from rotting. */
    public record Options(boolean smoke, int repeat, Path work) {
    }

    /** What was measured, for the caller (and the smoke test) to check. */
    public record Result(Map<String, SetFigures> sets, double naiveRowsPerSecond, double rerunSeconds, double helpSeconds,
                         Map<String, Double> viewMillis, SetFigures sheet, List<String> verdicts,
                         Map<String, Map<String, Double>> phases) {
    }

    /** Medians of one set. */
    public record SetFigures(BenchData.Shape shape, double importSeconds, long peakRssBytes, double floorSeconds) {

        double rowsPerSecond() {
            return shape.rows() / importSeconds;
        }

        double filesPerSecond() {
            return shape.files() / importSeconds;
        }

        double ratioToFloor() {
            return importSeconds / floorSeconds;
        }
    }

    private final Options options;
    private final PrintStream out;
    /** The environment of the commands it runs: a person key of its own. */
    static final Map<String, String> ENVIRONMENT = Map.of("VTLT_PERSON_KEY", "bench-key-not-a-secret-0123456789abcdef");
    private final Map<String, String> environment = ENVIRONMENT;

    public Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result run() throws Exception {
        Files.createDirectories(options.work());
        List<BenchData.Shape> shapes = options.smoke()
                ? List.of(new BenchData.Shape("large", 5, 200, 4, 50), new BenchData.Shape("large/5", 1, 200, 4, 50),
                        new BenchData.Shape("small", 10, 3, 1, 3))
                : List.of(new BenchData.Shape("large", 200, 5_000, 50, 500), new BenchData.Shape("large/5", 40, 5_000, 50, 500),
                        new BenchData.Shape("small", 1_667, 3, 1, 3));
        Map<String, BenchData.Written> sets = new LinkedHashMap<>();
        for (BenchData.Shape shape : shapes) {
            long started = System.nanoTime();
            BenchData.Written written = BenchData.write(shape, clean(options.work().resolve("data-" + slug(shape.name()))));
            sets.put(shape.name(), written);
            out.printf("Generated %-8s %,11d rows in %,6d files (%.1f s)%n", shape.name(), shape.rows(), shape.files(),
                    (System.nanoTime() - started) / 1e9);
        }
        Map<String, List<ChildProcess.Measured>> imports = new LinkedHashMap<>();
        Map<String, List<Map<String, Double>>> phases = new LinkedHashMap<>();
        Map<String, List<Double>> floors = new LinkedHashMap<>();
        List<Double> naive = new ArrayList<>();
        Path naiveSample = naiveSample(sets.get("large"));
        long naiveRows = Math.min(NAIVE_SAMPLE_ROWS, sets.get("large").shape().participantTotal());
        for (int round = 1; round <= options.repeat(); round++) {
            for (BenchData.Written set : sets.values()) {
                String name = set.shape().name();
                boolean floorFirst = round % 2 == 0;
                if (floorFirst) {
                    floors.computeIfAbsent(name, k -> new ArrayList<>()).add(floor(set));
                }
                ChildProcess.Measured run = importSet(set);
                imports.computeIfAbsent(name, k -> new ArrayList<>()).add(run);
                phases.computeIfAbsent(name, k -> new ArrayList<>()).add(ImportPhases.of(home(set), run.started(), run.ended()));
                if (!floorFirst) {
                    floors.computeIfAbsent(name, k -> new ArrayList<>()).add(floor(set));
                }
            }
            Path naiveDb = options.work().resolve("naive.duckdb");
            DuckDbFloor.delete(naiveDb);
            naive.add(NaiveSpringBatchLoad.load(naiveSample, naiveRows, naiveDb));
            DuckDbFloor.delete(naiveDb);
            out.printf("Round %d of %d done%n", round, options.repeat());
        }
        Map<String, SetFigures> figures = new LinkedHashMap<>();
        for (BenchData.Written set : sets.values()) {
            String name = set.shape().name();
            List<ChildProcess.Measured> runs = imports.get(name);
            figures.put(name, new SetFigures(set.shape(), median(runs.stream().map(ChildProcess.Measured::seconds).toList()),
                    (long) median(runs.stream().map(m -> (double) m.peakRssBytes()).toList()), median(floors.get(name))));
        }
        double naiveRowsPerSecond = naiveRows / median(naive);

        // a single XLSX sheet of a million rows (smoke: 2,000), imported once: time and peak memory
        BenchData.Written sheet = options.smoke()
                ? BenchData.writeSheet(clean(options.work().resolve("data-sheet")), 4, 500)
                : BenchData.writeSheet(clean(options.work().resolve("data-sheet")), 200, 5_000);
        ChildProcess.Measured sheetRun = importSet(sheet);
        phases.put("XLSX sheet", List.of(ImportPhases.of(home(sheet), sheetRun.started(), sheetRun.ended())));

        Path rerunHome = rerunHome(sets.get("small"));
        List<Double> reruns = new ArrayList<>();
        List<Double> helps = new ArrayList<>();
        for (int i = 0; i < Math.max(5, options.repeat()); i++) {
            reruns.add(timed(rerunArguments(rerunHome)).seconds());
            helps.add(timed(List.of("--help")).seconds());
        }
        Map<String, Double> views = viewTimes(options.work().resolve("home-large").resolve(Publisher.ANALYTICS_FILE));
        Result result = new Result(figures, naiveRowsPerSecond, median(reruns), median(helps), views,
                new SetFigures(sheet.shape(), sheetRun.seconds(), sheetRun.peakRssBytes(), Double.NaN), new ArrayList<>(),
                medianPhases(phases));
        print(result);
        return result;
    }

    private double floor(BenchData.Written set) throws Exception {
        Path database = options.work().resolve("floor.duckdb");
        DuckDbFloor.delete(database);
        settleDisk();
        double seconds = DuckDbFloor.load(set, database, MEMORY_LIMIT, 2);
        DuckDbFloor.delete(database);
        return seconds;
    }

    private Path home(BenchData.Written set) {
        return options.work().resolve("home-" + slug(set.shape().name()));
    }

    /** Each phase's median over the runs of a set. */
    private static Map<String, Map<String, Double>> medianPhases(Map<String, List<Map<String, Double>>> runs) {
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        runs.forEach((set, measured) -> {
            Map<String, Double> phases = new LinkedHashMap<>();
            for (String phase : ImportPhases.PHASES.keySet()) {
                phases.put(phase, median(measured.stream().map(m -> m.get(phase)).toList()));
            }
            medians.put(set, phases);
        });
        return medians;
    }

    private ChildProcess.Measured importSet(BenchData.Written set) throws Exception {
        Path home = clean(home(set));
        settleDisk();
        ChildProcess.Measured measured = timed(List.of("import", "--registry", set.registry().toString(), "--inbox",
                set.inbox().toString(), "--home", home.toString()));
        if (measured.exit() != 0) {
            throw new IllegalStateException("import of " + set.shape().name() + " exited " + measured.exit() + "; see "
                    + options.work().resolve("last-command.log"));
        }
        return measured;
    }

    /**
     * Puts on disk what the runs before left in the page cache (the last home deleted, a warehouse and its snapshot
     * written), before a timed run: an import syncs the archive's file system before it records files
     * ({@code Archive.sync}), which would otherwise also wait for those writes, the previous run's work, not its own.
     */
    private static void settleDisk() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException noSyncCommand) {
            // then every run starts as the previous one left the disk, as they all did before
        }
    }

    private ChildProcess.Measured timed(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(arguments);
        return ChildProcess.run(command, environment, options.work().resolve("last-command.log"));
    }

    /** The demo city imported once (full run), else the small set's last home: the warehouse a rerun finds. */
    private Path rerunHome(BenchData.Written small) throws Exception {
        if (options.smoke()) {
            rerunSet = small;
            return options.work().resolve("home-small");
        }
        Path root = clean(options.work().resolve("data-demo"));
        DemoGenerator.Result demo = DemoGenerator.generate(root, DemoGenerator.DEFAULT_SEED);
        rerunSet = new BenchData.Written(new BenchData.Shape("demo", 707, 0, 0, 0), demo.registry(), demo.inbox(),
                List.of(), List.of(), List.of());
        Path home = clean(options.work().resolve("home-demo"));
        ChildProcess.Measured first = ChildProcess.run(rerunArguments(home), environment, options.work().resolve("last-command.log"));
        if (first.exit() != 0) {
            throw new IllegalStateException("demo import exited " + first.exit());
        }
        return home;
    }

    private BenchData.Written rerunSet;

    private List<String> rerunArguments(Path home) {
        return List.of("import", "--registry", rerunSet.registry().toString(), "--inbox", rerunSet.inbox().toString(),
                "--home", home.toString());
    }

    /** Each analyst view, read whole from the analysts' file: median of 10 after one warm-up, in milliseconds. */
    private static Map<String, Double> viewTimes(Path analytics) throws Exception {
        Map<String, Double> times = new LinkedHashMap<>();
        try (Connection connection = Warehouse.openReadOnly(analytics); Statement statement = connection.createStatement()) {
            for (String view : VIEWS) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i <= 10; i++) {
                    long started = System.nanoTime();
                    long rows = 0;
                    try (ResultSet result = statement.executeQuery("select * from " + view)) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            for (int c = 1; c <= columns; c++) {
                                result.getObject(c);
                            }
                            rows++;
                        }
                    }
                    if (i > 0) {
                        millis.add((System.nanoTime() - started) / 1e6);
                    }
                    if (rows < 0) {
                        throw new IllegalStateException();
                    }
                }
                times.put(view, median(millis));
            }
        }
        return times;
    }

    /** The first rows of the large set's hoc-vien files, as one file with one heading row. */
    private Path naiveSample(BenchData.Written large) throws IOException {
        Path sample = options.work().resolve("naive-sample.csv");
        List<String> lines = new ArrayList<>();
        lines.add(BenchData.PARTICIPANT_HEADING);
        for (Path file : large.participantFiles()) {
            try (Stream<String> rows = Files.lines(file)) {
                rows.skip(1).limit(NAIVE_SAMPLE_ROWS + 1L - lines.size()).forEach(lines::add);
            }
            if (lines.size() > NAIVE_SAMPLE_ROWS) {
                break;
            }
        }
        Files.write(sample, lines);
        return sample;
    }

    private void print(Result result) {
        out.println();
        out.printf("vtlt-warehouse bench (%s): %d round(s), medians; %d processors; import JVM options %s; %s%n",
                options.smoke() ? "smoke sizes" : "full sizes", options.repeat(), Runtime.getRuntime().availableProcessors(),
                String.join(" ", JVM_OPTIONS), ChildProcess.program().stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="))
                        ? "from the start-up cache (jobs/bin/vtlt-warehouse-cds)" : "no start-up cache");
        out.printf("%-8s %11s %6s %9s %10s %8s %10s %9s %12s%n", "set", "rows", "files", "import s", "rows/s",
                "files/s", "peak RSS", "floor s", "import/floor");
        for (SetFigures set : result.sets().values()) {
            out.printf("%-8s %,11d %,6d %9.2f %,10.0f %8.1f %6.0f MiB %9.2f %12.2f%n", set.shape().name(), set.shape().rows(),
                    set.shape().files(), set.importSeconds(), set.rowsPerSecond(), set.filesPerSecond(),
                    set.peakRssBytes() / 1048576.0, set.floorSeconds(), set.ratioToFloor());
        }
        SetFigures large = result.sets().get("large");
        SetFigures fifth = result.sets().get("large/5");
        SetFigures small = result.sets().get("small");
        double naiveRatio = large.rowsPerSecond() / result.naiveRowsPerSecond();
        double rssSpread = Math.abs(large.peakRssBytes() - fifth.peakRssBytes()) / (double) fifth.peakRssBytes();
        double rerunRatio = result.rerunSeconds() / result.helpSeconds();
        out.printf("naive Spring Batch step (FlatFileItemReader + JdbcBatchItemWriter into DuckDB), %,d-row sample: %,.0f rows/s%n",
                Math.min(NAIVE_SAMPLE_ROWS, large.shape().participantTotal()), result.naiveRowsPerSecond());
        out.printf("no-change rerun of the %s: %.2f s; --help: %.2f s%n", options.smoke() ? "small set" : "demo city",
                result.rerunSeconds(), result.helpSeconds());
        out.printf("one XLSX sheet of %,d rows (hoc-vien): import %.2f s, %,.0f rows/s, peak RSS %.0f MiB%n",
                result.sheet().shape().participantTotal(), result.sheet().importSeconds(),
                result.sheet().shape().participantTotal() / result.sheet().importSeconds(), result.sheet().peakRssBytes() / 1048576.0);
        result.viewMillis().forEach((view, millis) -> out.printf("view %-22s %7.1f ms (large set, median of 10, warm)%n", view, millis));
        out.println();
        out.println("Phases of the import (median seconds and share of the whole process):");
        out.printf("%-10s", "set");
        ImportPhases.PHASES.keySet().forEach(phase -> out.printf(" %19s", phase));
        out.println();
        result.phases().forEach((set, phases) -> {
            double whole = phases.values().stream().mapToDouble(Double::doubleValue).sum();
            out.printf("%-10s", set);
            phases.values().forEach(seconds -> out.printf(" %10.2f s %5.1f%%", seconds, 100 * seconds / whole));
            out.println();
        });
        out.println();
        out.println("Targets:");
        verdict(result, "large: import / DuckDB floor <= 2.0 (stretch 1.5)", large.ratioToFloor() <= 2.0,
                String.format("%.2f", large.ratioToFloor()));
        verdict(result, "large: import faster than the naive step >= 100x", naiveRatio >= 100, String.format("%.1fx", naiveRatio));
        verdict(result, "small files: >= 200 files/s", small.filesPerSecond() >= 200, String.format("%.1f files/s", small.filesPerSecond()));
        verdict(result, "large: peak RSS <= 768 MiB", large.peakRssBytes() <= 768L * 1048576,
                String.format("%.0f MiB", large.peakRssBytes() / 1048576.0));
        verdict(result, "peak RSS large vs large/5 within 10%", rssSpread <= 0.10, String.format("%.1f%%", rssSpread * 100));
        verdict(result, "no-change rerun <= 1.5x --help", rerunRatio <= 1.5, String.format("%.2fx", rerunRatio));
        verdict(result, "XLSX sheet of 1M rows: peak RSS <= 768 MiB", result.sheet().peakRssBytes() <= 768L * 1048576,
                String.format("%.0f MiB", result.sheet().peakRssBytes() / 1048576.0));
        double slowest = result.viewMillis().values().stream().max(Comparator.naturalOrder()).orElse(0.0);
        verdict(result, "views < 100 ms on the large set", slowest < 100, String.format("slowest %.1f ms", slowest));
        printFloorShares(result.phases().get("large"), large.floorSeconds());
    }

    /**
     * What the whole-process ratio to the floor is made of: the floor is DuckDB reading the files inside a running
     * JVM; the import also starts a JVM and Spring and archives every file with its checksum before reading it.
     */
    private void printFloorShares(Map<String, Double> phases, double floorSeconds) {
        if (phases == null) {
            return;
        }
        double beforeReading = phases.get("start") + phases.get("receive");
        double engine = phases.get("decode+validate") + phases.get("checks+load");
        out.printf("  large: the floor plus the import's start and receive (%.2f s) would already be %.2fx the floor;%n",
                beforeReading, (floorSeconds + beforeReading) / floorSeconds);
        out.printf("         decode+validate and checks+load alone are %.2fx the floor, feedback+publish %.2fx%n",
                engine / floorSeconds, phases.get("feedback+publish") / floorSeconds);
    }

    private void verdict(Result result, String target, boolean met, String measured) {
        String line = String.format("  %-52s %-16s %s", target, measured, met ? "met" : "NOT MET");
        result.verdicts().add(line);
        out.println(line);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String slug(String name) {
        return name.replace('/', '-');
    }

    static Path clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        return folder;
    }
}
