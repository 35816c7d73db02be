package vn.vtlt.warehouse.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.ValidationOutcome;
import vn.vtlt.warehouse.warehouse.SqlSession;

/**
 * The checks of a group of validated files up to the decision ({@code sql/submission/} 1 to 5: the batch, the
 * file checks that need the registry, the validation's problems, the dataset's stage and check, the decision),
 * written once and run by both the import ({@link SubmissionLoader}, on the warehouse) and the portal's dry run
 * (on an in-memory database over the analysts' file). They write temporary tables only ({@code stg_batch},
 * {@code stg_problem}, {@code stg_decision}...).
 */
public final class SubmissionChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmissionChecks() {
    }

    /** Runs the checks; returns whether any file of the group was staged (read row by row). */
    public static boolean decide(SqlSession session, List<SubmissionLoader.Validated> group, Policy policy) throws SQLException {
        session.setVariable("policy", policy.label());
        session.execute("sql/submission/1_batch.sql");
        insertBatch(session.connection(), group);
        session.execute("sql/submission/2_file_checks.sql");
        Dataset dataset = dataset(group);
        boolean staged = dataset != null
                && count(session.connection(), "select count(*) from stg_batch where file_fault_code is null") > 0;
        if (staged) {
            session.execute("sql/submission/3_stage_problems.sql");
            session.execute("sql/submission/" + dataset.sqlFolder() + "/stage.sql");
            session.execute("sql/submission/" + dataset.sqlFolder() + "/check.sql");
        }
        session.execute("sql/submission/5_decide.sql");
        return staged;
    }

    /** The dataset of a group (all its files have the same), or null when the file name gave none. */
    public static Dataset dataset(List<SubmissionLoader.Validated> group) {
        return Dataset.ofCode(Objects.requireNonNullElse(group.get(0).outcome().dataset(), "")).orElse(null);
    }

    private static void insertBatch(Connection connection, List<SubmissionLoader.Validated> group) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into stg_batch values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)")) {
            for (SubmissionLoader.Validated file : group) {
                ValidationOutcome outcome = file.outcome();
                insert.setLong(1, file.file().fileId());
                insert.setLong(2, file.file().fileId());
                insert.setString(3, file.file().fileName());
                insert.setTimestamp(4, Timestamp.valueOf(file.file().modified().atOffset(ZoneOffset.UTC).toLocalDateTime()));
                insert.setString(5, outcome.agencyCode());
                insert.setString(6, outcome.dataset());
                insert.setObject(7, outcome.reportYear());
                insert.setBoolean(8, file.listPending());
                insert.setString(9, file.workDir().resolve(ValidationOutcome.ROWS).toAbsolutePath().toString());
                insert.setString(10, file.workDir().resolve(ValidationOutcome.PROBLEMS).toAbsolutePath().toString());
                insert.setLong(11, outcome.rowsRead());
                insert.setString(12, outcome.encoding());
                insert.setString(13, outcome.delimiter());
                insert.setString(14, outcome.fileFault());
                insert.setString(15, outcome.faultDetail());
                insert.setString(16, sheetCells(outcome));
                insert.execute();
            }
        }
    }

    /** For an XLSX submission, its sheet and column letters as JSON (see audit_submission.sheet_cells). */
    static String sheetCells(ValidationOutcome outcome) {
        String layout = outcome.delimiter();
        if (layout == null || !layout.startsWith(ValidationOutcome.SHEET_PREFIX) || outcome.columns() == null) {
            return null;
        }
        try {
            // an ordered map: the same submission gives the same text in every run (Map.of's order varies by JVM)
            Map<String, Object> cells = new java.util.LinkedHashMap<>();
            cells.put("sheet", layout.substring(ValidationOutcome.SHEET_PREFIX.length()));
            cells.put("columns", outcome.columns());
            return JSON.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
