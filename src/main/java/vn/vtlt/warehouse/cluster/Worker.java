package vn.vtlt.warehouse.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * A {@code worker} process: takes validation partitions from the queue ({@link PartitionRequests}) as they are
 * announced, at most {@code threads} at once, and runs them as the import would (the same {@code validateFileStep}),
 * recording each step execution in the shared job repository. Each request is taken in a PostgreSQL transaction held
 * while its partition runs (the partition's own updates are committed apart from it, so the manager sees its
 * progress): if the worker dies, the transaction rolls back and the request is back in the queue, where the next
 * heartbeat of a worker finds it. It never opens the DuckDB files.
 */
public final class Worker {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final JdbcTemplate jdbc;
    private final VtltProperties properties;
    private final int threads;
    private final String id;
    private final PostgresChannelMessageTableSubscriber subscriber;
    private final PostgresSubscribableChannel channel;
    private final ThreadPoolExecutor dispatcher;
    private final MessageHandler run;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();

    public Worker(PartitionRequests requests, DataSource dataSource, JobRepository jobRepository,
                  PlatformTransactionManager transactionManager, BeanFactory beans, VtltProperties properties, int threads)
            throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.threads = threads;
        this.id = host() + ":" + ProcessHandle.current().pid() + ":" + Instant.now().toEpochMilli();
        VtltProperties.JobRepository repository = properties.jobRepository();
        Properties listener = new Properties();
        listener.setProperty("user", repository.username());
        listener.setProperty("password", repository.secret());
        // the connection that LISTENs is idle for hours: TCP keepalive notices when the network under it is gone
        listener.setProperty("tcpKeepAlive", "true");
        subscriber = new PostgresChannelMessageTableSubscriber(() -> DriverManager
                .getConnection(repository.url(), listener).unwrap(PgConnection.class));
        // each notification asks for a pass over the queue: `threads` passes at a time, the others wait their turn
        dispatcher = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        channel = new PostgresSubscribableChannel(requests.store(), PartitionRequests.GROUP, subscriber);
        channel.setDispatcherExecutor(dispatcher);
        channel.setTransactionManager(transactionManager);
        channel.setBeanFactory(beans);
        channel.setBeanName("partitionChannel");
        channel.afterPropertiesSet();
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beans);
        handler.setStepLocator(steps);
        // the partition's own transactions commit as it goes; the request's transaction waits outside them
        TransactionTemplate apart = new TransactionTemplate(transactionManager);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        run = message -> apart.executeWithoutResult(status -> {
            StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
            log.info("Running partition {} (step execution {})", request.getStepName(), request.getStepExecutionId());
            StepExecution done = handler.handle(request);
            jdbc.update(SqlScripts.text("sql/cluster/partition_done.sql"), done.getId(), done.getJobExecutionId(), id,
                    done.getStatus().name());
            log.info("Partition {} {}", done.getStepName(), done.getStatus());
        });
        // a request that cannot be taken (the database unreachable, say) is tried again at the next heartbeat, not in a
        // tight loop
        channel.setErrorHandler(error -> {
            log.error("Could not take a partition request; trying again at the next heartbeat: {}", error.getMessage(), error);
            channel.unsubscribe(run);
        });
        channel.subscribe(run);
    }

    /** Starts listening; returns at once (the process stays up until {@link #stop()}). */
    public void start() {
        jdbc.update(SqlScripts.text("sql/cluster/worker_started.sql"), id, host(), threads);
        subscriber.start();
        long every = properties.cluster().heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        log.info("Worker {} listening for validation partitions with {} thread(s)", id, threads);
        System.out.printf("Worker %s: taking validation partitions, %d at a time (log: %s)%n", id, threads,
                properties.home().resolve("logs"));
        System.out.flush();
    }

    /**
     * Stops taking partitions and gives those running a minute to finish (SIGTERM); one cut short is rolled back to
     * the queue with the connection, and another worker runs it.
     */
    public void stop() throws InterruptedException {
        heartbeat.shutdownNow();
        subscriber.stop();
        dispatcher.shutdown();
        dispatcher.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * Says it is alive, and takes any request that a dead worker gave back (no notification announces those), or,
     * after an error, subscribes again (which looks at the queue too).
     */
    private void beat() {
        try {
            jdbc.update(SqlScripts.text("sql/cluster/heartbeat.sql"), id);
            if (!channel.subscribe(run)) {
                channel.notifyUpdate();
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat failed: {}", e.getMessage());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
