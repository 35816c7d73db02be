package vn.vtlt.warehouse.validate;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import vn.vtlt.warehouse.parse.ReadLimits;

/**
 * How fast the Java validation runs, apart from the rest of the import: validates every file of an inbox (each agency
 * folder's files, as {@code import} names them) into {@code OUT/<file name>/}, on THREADS threads as the validate step
 * does, and prints each round's seconds and the validating threads' CPU time. The staging folders it leaves are what the import would stage, so two
 * builds' outputs can be compared byte for byte. Not a test: run it with
 * {@code java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/classes:<test classpath>
 * vn.vtlt.warehouse.validate.ValidatorBenchmark INBOX OUT [THREADS] [ROUNDS]}.
 */
public final class ValidatorBenchmark {

    private static final String KEY = "bench-key-not-a-secret-0123456789abcdef";

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 1; round <= rounds; round++) {
                AtomicInteger next = new AtomicInteger();
                AtomicLong cpu = new AtomicLong();
                long started = System.nanoTime();
                List<Future<Long>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        long rows = 0;
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            Path file = files.get(i);
                            // one hasher per file, as FileValidation makes them
                            SubmissionValidator validator = new SubmissionValidator(new PersonKeyHasher(KEY), ReadLimits.DEFAULTS);
                            ValidationOutcome outcome = validator.validate(new SubmissionValidator.Request(file,
                                    file.getFileName().toString(), file.getParent().getFileName().toString(),
                                    StagingFiles.named(out, file.getFileName().toString())));
                            rows += outcome.rowsRead();
                        }
                        cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted);
                        return rows;
                    }));
                }
                long rows = 0;
                for (Future<Long> worker : workers) {
                    rows += worker.get();
                }
                long cpuNanos = cpu.getAndSet(0);
                double seconds = (System.nanoTime() - started) / 1e9;
                // the validating threads' own CPU time: other processes on the machine do not inflate it
                System.out.printf("round %d: %d files, %,d rows, %.2f s, %.2f s of CPU, %.2f us of CPU per row (%d threads)%n",
                        round, files.size(), rows, seconds, cpuNanos / 1e9, cpuNanos / 1e3 / rows, threads);
            }
        } finally {
            pool.shutdown();
        }
    }
}
