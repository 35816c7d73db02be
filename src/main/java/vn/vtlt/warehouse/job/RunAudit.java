package vn.vtlt.warehouse.job;

import java.sql.PreparedStatement;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/** Keeps {@code audit_run}: one row per run, its status and counts. */
@Component
public class RunAudit {

    private final Warehouse warehouse;

    public RunAudit(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void started(long runId, String policy) {
        warehouse.update("sql/run/started.sql", runId, policy);
    }

    /** Records the end of a run with its counts: COMPLETED or FAILED. */
    public void finished(long runId, String status) {
        warehouse.update("sql/run/finished.sql", status, runId);
    }

    /** One line on what a run did: files received, accepted and rejected, rows loaded, source problems. */
    public String summary(long runId) {
        return warehouse.inTransaction(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/run/summary.sql"))) {
                statement.setLong(1, runId);
                try (java.sql.ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return "no record of run " + runId;
                    }
                    return String.format("%d file(s) received, %d accepted, %d rejected, %d row(s) loaded, "
                                    + "%d source problem(s)", row.getLong(1), row.getLong(2), row.getLong(3),
                            row.getLong(4), row.getLong(5));
                }
            }
        });
    }

    /** Whether a run decided any submission or changed the registry's agencies (the analysts' file is then new). */
    public boolean changedAnything(long runId) {
        return warehouse.holds("sql/run/changed.sql", runId);
    }
}
