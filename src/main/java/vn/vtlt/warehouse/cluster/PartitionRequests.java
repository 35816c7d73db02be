package vn.vtlt.warehouse.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.messaging.MessageChannel;

import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The queue of validation partitions between the manager ({@code import}) and the workers: rows of Spring
 * Integration's JDBC channel message store in the shared PostgreSQL, announced to the workers by LISTEN/NOTIFY. No
 * broker to install: the job repository's server carries it. A worker takes a request in a transaction that lasts as
 * long as the partition runs, so a request of a worker that dies goes back to the queue.
 */
public class PartitionRequests {

    /** The one queue of the cluster (a home folder has one import at a time: the warehouse is locked). */
    static final String GROUP = "validateFileStep";
    private static final String REGION = "VTLT";

    private final JdbcChannelMessageStore store;
    private final PausePoints pauses;

    public PartitionRequests(DataSource dataSource, VtltProperties properties, PausePoints pauses) {
        this.pauses = pauses;
        String url = properties.jobRepository().url();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new UserError("vtlt.cluster.enabled needs the job repository in PostgreSQL: "
                    + "vtlt.job-repository.url=jdbc:postgresql://HOST:5432/DATABASE (README: Scaling out)");
        }
        createSchema(dataSource);
        store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // a request is read back only as what the manager writes: a message of a StepExecutionRequest and its headers
        store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders", "java.util.HashMap", "java.util.UUID",
                "org.springframework.batch.integration.partition.StepExecutionRequest");
        store.afterPropertiesSet();
    }

    /** The manager's side: a request sent is a row inserted (its trigger notifies the workers). */
    MessageChannel sender() {
        return (message, timeout) -> {
            store.addMessageToGroup(GROUP, message);
            pauses.reach(PausePoints.SENT);
            return true;
        };
    }

    JdbcChannelMessageStore store() {
        return store;
    }

    /**
     * Drops the requests of runs that are over (a manager that was killed, or that gave up waiting), so that no worker
     * ever runs an old partition. A request that a worker is running is locked by its transaction: this waits for it,
     * so that its partition is finished before the run is recovered and its files planned again.
     */
    public void discardStale() {
        store.removeMessageGroup(GROUP);
    }

    /** The queue's tables and the workers' (sql/cluster/), created once by whichever process comes first. */
    private static void createSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(SqlScripts.text("sql/cluster/010_partition_requests.sql"));
            statement.execute(SqlScripts.text("sql/cluster/020_workers.sql"));
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the cluster's tables in the job repository: " + e.getMessage(), e);
        }
    }
}
