package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.bench.Bench;
import vn.vtlt.warehouse.bench.ClusterBench;
import vn.vtlt.warehouse.config.PlainSettings;
import vn.vtlt.warehouse.config.VtltProperties;

/** {@code bench}: the performance benchmark (README, Performance). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the import against DuckDB's own load and a plain Spring Batch step, side by side.",
        footerHeading = "%nExamples:%n", footer = {"  java -jar vtlt-warehouse.jar bench --repeat 3", "  java -jar vtlt-warehouse.jar bench --smoke --repeat 1",
                "  VTLT_JOB_REPOSITORY_URL=jdbc:postgresql://127.0.0.1/vtlt ... java -jar vtlt-warehouse.jar bench --cluster --repeat 3"})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--smoke", description = "Tiny sizes (seconds), to check that the benchmark works.")
    private boolean smoke;

    @Option(names = "--repeat", defaultValue = "3", description = "Rounds; medians are reported (default 3).")
    private int repeat;

    @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
            description = "Where the data sets and warehouses go (default ./bench-work; several GB at full size).")
    private Path work;

    @Option(names = "--cluster", description = "Instead: validation in-process vs one vs two `worker` processes on the large set, "
            + "with the job repository in PostgreSQL (VTLT_JOB_REPOSITORY_URL and its account, as for `worker`).")
    private boolean cluster;

    @Override
    public Integer call() throws Exception {
        if (cluster) {
            new ClusterBench(work.toAbsolutePath(), VtltProperties.JobRepository.from(PlainSettings.of(List.of(), System.getenv())),
                    System.out).run(smoke, repeat);
            return 0;
        }
        new Bench(new Bench.Options(smoke, repeat, work.toAbsolutePath()), System.out).run();
        return 0;
    }
}
