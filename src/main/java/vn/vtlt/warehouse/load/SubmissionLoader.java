package vn.vtlt.warehouse.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.progress.Progress;
import vn.vtlt.warehouse.validate.StagingFiles;
import vn.vtlt.warehouse.validate.ValidationOutcome;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Decides and loads validated files, a group at a time, each group's changes to the warehouse in one DuckDB
 * transaction (its checks, which write temporary tables only, commit just before it, or inside it for a file larger
 * than a group). The staging files of
 * a group are bulk-read by DuckDB ({@code read_csv} of all of them at once), checked in SQL against reference
 * data, the registry and the other datasets, and the accepted ones replace their key's previous version in the
 * facts ({@code sql/submission/}, in the order of their numbers: the checks up to the decision, 1 to 5, are
 * {@link SubmissionChecks}, which the portal's dry run runs too; the dataset's load between 6 and 8). A group
 * holds files of one dataset and at most one file per key, so every submission in it is decided on its own; a
 * submission is whole or absent in the warehouse (its facts, status and problems commit together) and its file is
 * marked processed in the same transaction, so a crash loses at most the group in progress, which the next run
 * loads again, never twice.
 */
@Component
public class SubmissionLoader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionLoader.class);

    /** What became of a submission. */
    public record Decision(long fileId, String fileName, String status, long rowsLoaded, long rowsRejected) {
    }

    /**
     * A validated file, ready to be loaded. {@code listPending}: a dao-tao file whose organiser also sends a
     * hoc-vien file of the same year in this run; the list is then checked against the classes, not the reverse.
     */
    public record Validated(PendingFile file, ValidationOutcome outcome, StagingFiles staging, boolean listPending) {

        String key() {
            return outcome.agencyCode() + "/" + outcome.dataset() + "/" + outcome.reportYear();
        }

        /** The same file, rejected as a whole: its rows are not read. */
        Validated rejectedWith(Fault fault, String detail) {
            return new Validated(file, new ValidationOutcome(fault.name(), detail, outcome.agencyCode(), outcome.dataset(),
                    outcome.reportYear(), outcome.encoding(), outcome.delimiter(), outcome.rowsRead(), outcome.columns(),
                    outcome.problems()), staging, listPending);
        }
    }

    private final Warehouse warehouse;
    private final VtltProperties.Load grouping;
    private final PausePoints pauses;

    public SubmissionLoader(Warehouse warehouse, VtltProperties properties, PausePoints pauses) {
        this.warehouse = warehouse;
        this.grouping = properties.load();
        this.pauses = pauses;
    }

    /** Files received and not yet processed, in {@link PendingFile#inLoadOrder the order of loading}. */
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
            return PendingFile.inLoadOrder(files);
        });
    }

    /**
     * Loads files given in {@link PendingFile#inLoadOrder the order of loading}; returns what became of each. Between two groups it
     * stops if asked to: the files not loaded stay pending for the next start.
     */
    public List<Decision> loadAll(List<Validated> files, long runId, Policy policy, BooleanSupplier stopRequested) {
        List<Decision> decisions = new ArrayList<>();
        Progress progress = Progress.of("Files loaded", files.size());
        for (List<Validated> group : groups(files, grouping)) {
            if (stopRequested.getAsBoolean()) {
                log.info("Stopping: {} file(s) left for the next start", files.size() - decisions.size());
                break;
            }
            List<Decision> committed = load(group, runId, policy);
            pauses.reach(PausePoints.COMMITTED);
            committed.forEach(d -> log.info("File {} ({}): {}, {} row(s) loaded, {} rejected", d.fileId(), d.fileName(),
                    d.status(), d.rowsLoaded(), d.rowsRejected()));
            decisions.addAll(committed);
            progress.advance(committed.size());
        }
        progress.finish();
        return decisions;
    }

    /**
     * Loads a group in one transaction. When DuckDB fails on it (out of memory, out of temporary disk), the group is
     * rolled back and its files are loaded one by one, so that only the file that fails alone is rejected, with
     * {@code RESOURCE_LIMIT} and DuckDB's reason, and decided like any rejected file: the next run does not trip on it.
     */
    private List<Decision> load(List<Validated> group, long runId, Policy policy) {
        try {
            return inTransaction(group, runId, policy);
        } catch (Warehouse.WarehouseException e) {
            String reason = e.reason();
            if (group.size() > 1) {
                log.warn("A group of {} file(s) failed to load ({}): loading them one by one", group.size(), reason);
                List<Decision> decisions = new ArrayList<>();
                for (Validated file : group) {
                    decisions.addAll(load(List.of(file), runId, policy));
                }
                return decisions;
            }
            Validated file = group.get(0);
            log.warn("File {} ({}) failed to load on its own ({}): rejected", file.file().fileId(), file.file().fileName(), reason);
            Validated rejected = file.rejectedWith(Fault.RESOURCE_LIMIT, "cơ sở dữ liệu không nạp được tệp này (" + reason
                    + "; vtlt.duckdb.memory-limit, vtlt.duckdb.max-temp-size) / the database could not load this file ("
                    + reason + "; vtlt.duckdb.memory-limit, vtlt.duckdb.max-temp-size), or fewer rows");
            return inTransaction(List.of(rejected), runId, policy);
        }
    }

    /**
     * The checks up to the decision write temporary tables only (the staged rows, the problems, the decisions), so they
     * may commit on their own, before the transaction that changes the warehouse. DuckDB holds a table made inside a
     * transaction in that transaction's own storage until it commits, and the load's insert of a 250,000-row group
     * from staged rows held so took twice as long (issue 15: 310-320 ms against 150-160 ms, replayed): so a group's
     * checks commit first. Not for a file larger than a group (a group of its own): committed, its rows are what
     * DuckDB spills or keeps while it inserts them: a 1,000,000-row workbook's import peaked at 719-794 MiB (the
     * limit of issue 15 is 768) against 671-708 MiB inside the transaction, and a 400,000-row roster at 128MB needed
     * 32MB of temporary disk against 16MB. A crash between the two commits loses temporary tables only; the group
     * is checked again at the next start.
     */
    private List<Decision> inTransaction(List<Validated> group, long runId, Policy policy) {
        if (rows(group) > grouping.groupRows()) {
            return warehouse.inTransaction(connection -> loadGroup(connection, group, check(group, runId, policy)));
        }
        boolean staged = warehouse.inTransaction(connection -> check(group, runId, policy));
        return warehouse.inTransaction(connection -> loadGroup(connection, group, staged));
    }

    /** The checks up to the decision ({@link SubmissionChecks}); whether any file was staged. */
    private boolean check(List<Validated> group, long runId, Policy policy) throws SQLException {
        warehouse.setVariable("run_id", runId);
        return SubmissionChecks.decide(warehouse, group, policy);
    }

    private static long rows(List<Validated> group) {
        return group.stream().mapToLong(file -> file.outcome().rowsRead()).sum();
    }

    /**
     * Consecutive files of one dataset, at most one per key and within the configured numbers of files and rows
     * (a single larger file makes a group of its own).
     */
    static List<List<Validated>> groups(List<Validated> files, VtltProperties.Load limits) {
        List<List<Validated>> groups = new ArrayList<>();
        List<Validated> group = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long rows = 0;
        for (Validated file : files) {
            boolean sameDataset = group.isEmpty()
                    || Objects.equals(group.get(0).outcome().dataset(), file.outcome().dataset());
            boolean full = group.size() >= limits.groupFiles() || rows + file.outcome().rowsRead() > limits.groupRows();
            if (!group.isEmpty() && (!sameDataset || keys.contains(file.key()) || full)) {
                groups.add(group);
                group = new ArrayList<>();
                keys.clear();
                rows = 0;
            }
            group.add(file);
            keys.add(file.key());
            rows += file.outcome().rowsRead();
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /**
     * The group's changes to the warehouse, inside its transaction (sql/submission/ 6 to 9), ending at the named point
     * where the crash harness interrupts a group whose transaction is still open.
     */
    private List<Decision> loadGroup(Connection connection, List<Validated> group, boolean staged) throws SQLException {
        warehouse.execute("sql/submission/6_replace_current.sql");
        if (staged) {
            warehouse.execute("sql/submission/" + SubmissionChecks.dataset(group).sqlFolder() + "/load.sql");
        }
        warehouse.execute("sql/submission/8_record.sql");
        List<Decision> decisions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlScripts.text("sql/submission/9_decisions.sql"))) {
            while (rows.next()) {
                decisions.add(new Decision(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getLong(5)));
            }
        }
        warehouse.execute("sql/submission/clear.sql");
        pauses.reach(PausePoints.GROUP_OPEN);
        return decisions;
    }
}
