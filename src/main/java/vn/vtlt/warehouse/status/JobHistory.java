package vn.vtlt.warehouse.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The runs as Spring Batch's job repository records them (start, end, status, and the run's counts, kept in the
 * execution's exit description). Reads the repository directly, without starting the application: the embedded H2
 * file, which a running import holds, or a PostgreSQL server, which answers while imports run.
 */
public final class JobHistory {

    /** One execution of the import job; a restarted run has several, under the same run id. */
    public record Execution(long runId, long executionId, String started, String ended, String status, String summary) {
    }

    /** A worker seen in the last day, for {@code status}. */
    public record Worker(String host, String pid, int threads, String lastHeartbeat, long secondsAgo, long partitionsDone) {
    }

    private JobHistory() {
    }

    /**
     * The JDBC URL of the embedded repository under a home folder. It stays open until the import has stopped (a
     * SIGTERM under {@code schedule} must still record the stop); while an import runs, no other process opens it.
     * Every commit is written to the file at once ({@code WRITE_DELAY=0}): H2 writes commits half a second later by
     * default, so a killed import lost its last commits, and could lose the second of two that Spring Batch makes for
     * one partition (its step execution, then its files), leaving a run that could never be finished.
     */
    public static String embeddedUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("job-repository/batch") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** Whether an error means that a running import holds the embedded repository. */
    public static boolean inUse(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("already in use");
    }

    /** The latest executions, newest first, from the embedded file under the home. */
    public static List<Execution> latest(Path home, int limit) throws SQLException {
        return latest(home, new VtltProperties.JobRepository(null, "sa", "", null), limit);
    }

    /** The latest executions, newest first, from the embedded file under the home or the server the settings name. */
    public static List<Execution> latest(Path home, VtltProperties.JobRepository repository, int limit) throws SQLException {
        List<Execution> executions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(repository.urlFor(home), repository.username(),
                repository.secret());
             PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/history.sql"))) {
            statement.setInt(1, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    executions.add(new Execution(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6) == null ? "" : row.getString(6)));
                }
            }
        }
        return executions;
    }

    /** The workers of a cluster seen in the last day, latest first; none when the repository never served a cluster. */
    public static List<Worker> workers(VtltProperties.JobRepository repository) throws SQLException {
        List<Worker> workers = new ArrayList<>();
        if (!repository.external()) {
            return workers;
        }
        try (Connection connection = DriverManager.getConnection(repository.url(), repository.username(), repository.secret());
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(SqlScripts.text("sql/cluster/exists.sql"))) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return workers;
                }
            }
            try (ResultSet row = statement.executeQuery(SqlScripts.text("sql/cluster/workers.sql"))) {
                while (row.next()) {
                    workers.add(new Worker(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                            row.getLong(5), row.getLong(6)));
                }
            }
        }
        return workers;
    }
}
