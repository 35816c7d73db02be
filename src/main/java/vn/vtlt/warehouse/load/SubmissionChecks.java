package vn.vtlt.warehouse.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.ValidationOutcome;
import vn.vtlt.warehouse.warehouse.SqlLists;
import vn.vtlt.warehouse.warehouse.SqlScripts;
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
            // read_csv of no file at all is an error, and most groups of small files have no problem
            if (count(session.connection(), "select len(getvariable('problems_files'))") > 0) {
                session.execute("sql/submission/3_stage_problems.sql");
            }
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

    /** The group's files into {@code stg_batch}, in one statement of lists (one element per file). */
    private static void insertBatch(Connection connection, List<SubmissionLoader.Validated> group) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/submission/1_batch_files.sql"))) {
            insert.setArray(1, SqlLists.column(connection, "BIGINT", group, file -> file.file().fileId()));
            insert.setArray(2, SqlLists.column(connection, "VARCHAR", group, file -> file.file().fileName()));
            insert.setArray(3, SqlLists.column(connection, "BIGINT", group, file -> SqlLists.micros(file.file().modified())));
            insert.setArray(4, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().agencyCode()));
            insert.setArray(5, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().dataset()));
            insert.setArray(6, SqlLists.column(connection, "INTEGER", group, file -> file.outcome().reportYear()));
            insert.setArray(7, SqlLists.column(connection, "BOOLEAN", group, SubmissionLoader.Validated::listPending));
            insert.setArray(8, SqlLists.column(connection, "VARCHAR", group, file -> absolute(file.staging().rows())));
            insert.setArray(9, SqlLists.column(connection, "VARCHAR", group,
                    file -> file.outcome().problems() > 0 ? absolute(file.staging().problems()) : null));
            insert.setArray(10, SqlLists.column(connection, "BIGINT", group, file -> file.outcome().rowsRead()));
            insert.setArray(11, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().encoding()));
            insert.setArray(12, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().delimiter()));
            insert.setArray(13, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().fileFault()));
            insert.setArray(14, SqlLists.column(connection, "VARCHAR", group, file -> file.outcome().faultDetail()));
            insert.setArray(15, SqlLists.column(connection, "VARCHAR", group, file -> sheetCells(file.outcome())));
            insert.execute();
        }
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().toString();
    }

    /** For an XLSX submission, its sheet and column letters as JSON (see audit_submission.sheet_cells). */
    static String sheetCells(ValidationOutcome outcome) {
        String layout = outcome.delimiter();
        if (layout == null || !layout.startsWith(ValidationOutcome.SHEET_PREFIX) || outcome.columns() == null) {
            return null;
        }
        try {
            // an ordered map: the same submission gives the same text in every run (Map.of's order varies by JVM)
            Map<String, Object> cells = new LinkedHashMap<>();
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
