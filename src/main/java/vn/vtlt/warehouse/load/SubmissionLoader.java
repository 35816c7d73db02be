package vn.vtlt.warehouse.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.ValidationOutcome;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Decides and loads one validated file in one DuckDB transaction: the staging files are bulk-read by DuckDB
 * ({@code read_csv}), checked in SQL against reference data, the registry and the other datasets, and, when
 * accepted, replace the key's previous version in the facts. Either all of that commits or none of it: the
 * warehouse never holds half a submission, and a file is marked PROCESSED in the same transaction, so a rerun
 * after a crash neither skips nor repeats it.
 */
@Component
public class SubmissionLoader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionLoader.class);

    /** What became of a submission. */
    public record Decision(String status, long rowsLoaded, long rowsRejected) {
    }

    private final Warehouse warehouse;

    public SubmissionLoader(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Files received and not yet processed, in {@link PendingFile#LOAD_ORDER}. */
    public List<PendingFile> pending() {
        return warehouse.inTransaction(connection -> {
            List<PendingFile> files = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(SqlScripts.text("sql/submission/pending_files.sql"))) {
                while (rows.next()) {
                    files.add(new PendingFile(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC)));
                }
            }
            files.sort(PendingFile.LOAD_ORDER);
            return files;
        });
    }

    /** A validated file, ready to be loaded. */
    public record Validated(PendingFile file, ValidationOutcome outcome, Path workDir, boolean listPending) {
    }

    /**
     * Loads files in groups of {@value #FILES_PER_TRANSACTION} per DuckDB transaction: each submission is still
     * whole or absent (its facts, status and problems commit together), and a crash loses at most one group,
     * which the next run loads again; one commit per group instead of per file is what makes thousands of
     * small files cheap.
     */
    public List<Decision> loadAll(List<Validated> files, long runId, Policy policy) {
        List<Decision> decisions = new ArrayList<>();
        for (int start = 0; start < files.size(); start += FILES_PER_TRANSACTION) {
            List<Validated> group = files.subList(start, Math.min(files.size(), start + FILES_PER_TRANSACTION));
            decisions.addAll(warehouse.inTransaction(connection -> {
                List<Decision> groupDecisions = new ArrayList<>();
                for (Validated file : group) {
                    groupDecisions.add(load(connection, file, runId, policy));
                }
                return groupDecisions;
            }));
        }
        return decisions;
    }

    static final int FILES_PER_TRANSACTION = 50;

    /**
     * Decides and loads one file inside the caller's transaction. {@code listPending}: whether a hoc-vien file
     * of the same organiser and year waits in this run; then the dao-tao check leaves the list comparison to it.
     */
    private Decision load(Connection connection, Validated validated, long runId, Policy policy)
            throws SQLException, java.io.IOException {
        PendingFile file = validated.file();
        ValidationOutcome outcome = validated.outcome();
        Path workDir = validated.workDir();
        Decision decision = decide(connection, file, outcome, workDir, runId, policy, validated.listPending());
        log.info("File {} ({}): {}, {} row(s) loaded, {} rejected", file.fileId(), file.fileName(), decision.status(),
                decision.rowsLoaded(), decision.rowsRejected());
        return decision;
    }

    private Decision decide(Connection connection, PendingFile file, ValidationOutcome outcome, Path workDir,
                            long runId, Policy policy, boolean listPending) throws SQLException, java.io.IOException {
        warehouse.setVariable("submission_id", file.fileId());
        warehouse.setVariable("agency_code", outcome.agencyCode() == null ? "" : outcome.agencyCode());
        warehouse.setVariable("dataset", outcome.dataset() == null ? "" : outcome.dataset());
        warehouse.setVariable("report_year", outcome.reportYear() == null ? 0 : outcome.reportYear());
        warehouse.setVariable("list_pending", listPending);
        warehouse.execute("sql/submission/agency_key.sql");
        Submission submission = new Submission(file, outcome, runId);
        if (outcome.rejectedWhole()) {
            return submission.reject(connection, outcome.fileFault(), outcome.faultDetail());
        }
        Dataset dataset = Dataset.ofCode(outcome.dataset()).orElseThrow();
        warehouse.setVariable("problems_file", workDir.resolve(ValidationOutcome.PROBLEMS).toAbsolutePath().toString());
        warehouse.setVariable("rows_file", workDir.resolve(ValidationOutcome.ROWS).toAbsolutePath().toString());
        warehouse.execute("sql/submission/stage_problems.sql");
        warehouse.execute("sql/submission/" + dataset.sqlFolder() + "/stage.sql");
        if (exists(connection, "sql/submission/file_check.sql")) {
            return submission.reject(connection, Fault.UNKNOWN_AGENCY.name(), outcome.agencyCode() + ", "
                    + outcome.reportYear());
        }
        warehouse.execute("sql/submission/" + dataset.sqlFolder() + "/check.sql");
        long rejectedRows = count(connection,
                "select count(distinct line_no) from stg_problem where severity = 'ERROR'");
        submission.rowsRejected = rejectedRows;
        if (rejectedRows > 0 && (policy == Policy.STRICT || rejectedRows >= outcome.rowsRead())) {
            return submission.decide(connection, "REJECTED", false);
        }
        Current current = current(connection);
        if (current != null && !current.olderThan(file)) {
            addWarning(connection, Fault.NEWER_VERSION_CURRENT);
            return submission.decide(connection, "SUPERSEDED", false);
        }
        if (current != null) {
            warehouse.execute("sql/submission/replace_current.sql");
        }
        warehouse.execute("sql/submission/" + dataset.sqlFolder() + "/load.sql");
        submission.rowsLoaded = count(connection,
                "select count(*) from " + dataset.factTable() + " where submission_id = " + file.fileId());
        return submission.decide(connection, "ACCEPTED", true);
    }

    /** The current version of a key: a file replaces it when later (modification time, then name; contract section 2). */
    private record Current(Instant modified, String fileName) {

        boolean olderThan(PendingFile file) {
            int byTime = file.modified().compareTo(modified);
            return byTime > 0 || byTime == 0 && file.fileName().compareTo(fileName) >= 0;
        }
    }

    private static Current current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet current = statement.executeQuery(SqlScripts.text("sql/submission/current_version.sql"))) {
            return current.next()
                    ? new Current(current.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC), current.getString(2))
                    : null;
        }
    }

    private void addWarning(Connection connection, Fault fault) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into stg_problem values (null, null, null, ?, null, 'WARNING')")) {
            insert.setString(1, fault.name());
            insert.execute();
        }
    }

    private static boolean exists(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlScripts.text(script))) {
            return rows.next();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The audit rows of one submission, written when it is decided. */
    private final class Submission {

        private final PendingFile file;
        private final ValidationOutcome outcome;
        private final long runId;
        private long rowsLoaded;
        private long rowsRejected;

        Submission(PendingFile file, ValidationOutcome outcome, long runId) {
            this.file = file;
            this.outcome = outcome;
            this.runId = runId;
        }

        Decision reject(Connection connection, String fault, String detail) throws SQLException {
            insert(connection, "REJECTED", false, fault, detail, 0);
            markProcessed(connection);
            return new Decision("REJECTED", 0, 0);
        }

        Decision decide(Connection connection, String status, boolean current) throws SQLException {
            long warnings = count(connection, "select count(*) from stg_problem where severity = 'WARNING'");
            insert(connection, status, current, null, null, warnings);
            warehouse.execute("sql/submission/record_problems.sql");
            markProcessed(connection);
            return new Decision(status, rowsLoaded, rowsRejected);
        }

        private void insert(Connection connection, String status, boolean current, String fault, String detail,
                            long warnings) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    SqlScripts.text("sql/submission/record_submission.sql"))) {
                insert.setLong(1, file.fileId());
                insert.setLong(2, file.fileId());
                insert.setLong(3, runId);
                insert.setString(4, outcome.agencyCode());
                insert.setString(5, outcome.dataset());
                insert.setObject(6, outcome.reportYear());
                insert.setString(7, file.fileName());
                insert.setTimestamp(8, Timestamp.valueOf(file.modified().atOffset(ZoneOffset.UTC).toLocalDateTime()));
                insert.setString(9, status);
                insert.setBoolean(10, current);
                insert.setString(11, fault);
                insert.setString(12, detail);
                insert.setString(13, outcome.encoding());
                insert.setString(14, outcome.delimiter());
                insert.setLong(15, outcome.rowsRead());
                insert.setLong(16, rowsLoaded);
                insert.setLong(17, rowsRejected);
                insert.setLong(18, warnings);
                insert.setTimestamp(19, Timestamp.valueOf(Instant.now().atOffset(ZoneOffset.UTC).toLocalDateTime()));
                insert.execute();
            }
        }

        private void markProcessed(Connection connection) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_received_file set status = 'PROCESSED', processed_run_id = ? where file_id = ?")) {
                update.setLong(1, runId);
                update.setLong(2, file.fileId());
                update.execute();
            }
        }
    }
}
