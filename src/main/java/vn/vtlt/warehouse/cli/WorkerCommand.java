package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.cluster.PartitionRequests;
import vn.vtlt.warehouse.cluster.Worker;
import vn.vtlt.warehouse.config.VtltProperties;

/**
 * {@code worker}: stays up and validates the partitions that imports with {@code vtlt.cluster.enabled=true} send
 * (contract section 7). The same jar and configuration as the import; the job repository must be the shared
 * PostgreSQL and the home folder's archive and work folders the shared ones. It never opens the warehouse files.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Stay up and validate the partitions that cluster imports send (vtlt.cluster.enabled=true).",
        footerHeading = "%nExample:%n",
        footer = "  java -jar vtlt-warehouse.jar worker --threads 4 --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM (the partitions it was running finish first)",
                "1:could not start (the message says why)", "2:an unknown or misspelled option"})
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", paramLabel = "N", description = "Partitions validated at once (default vtlt.validate-threads, 2).")
    private Integer threads;

    @Mixin
    private ImportOptions options;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> arguments = options.toArguments(spring.toList(springProperties));
        ImportOptions.add(arguments, "vtlt.validate-threads", threads);
        arguments.add("--vtlt.cluster.enabled=true");
        // only the beans validation needs are made: none opens the warehouse (the manager's alone)
        arguments.add("--spring.main.lazy-initialization=true");
        ConfigurableApplicationContext context = Application.start(arguments, false);
        VtltProperties properties = context.getBean(VtltProperties.class);
        Worker worker = new Worker(context.getBean(PartitionRequests.class), context.getBean(DataSource.class), context.getBean(JobRepository.class),
                context.getBean(PlatformTransactionManager.class), context.getBeanFactory(), properties,
                properties.validateThreads());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                worker.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.close();
        }, "shutdown"));
        worker.start();
        // only a signal ends the worker: the JVM exits once the hook above is done
        new CountDownLatch(1).await();
        return 0;
    }
}
