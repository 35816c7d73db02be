package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.feedback.FeedbackWriter;
import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.load.SubmissionChecks;
import vn.vtlt.warehouse.load.SubmissionLoader;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.validate.StagingFiles;
import vn.vtlt.warehouse.validate.SubmissionValidator;
import vn.vtlt.warehouse.validate.ValidationOutcome;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.SqlSession;

/**
 * What the next import will decide for an uploaded file, within seconds: the same decoding and row rules
 * ({@link SubmissionValidator}, into a scratch folder) and the same SQL checks up to the decision
 * ({@link SubmissionChecks}), run in an in-memory DuckDB over the analysts' file attached read-only, so that the
 * checks see the registry, the reference data and the agency's current accepted data exactly as the import's
 * would, and nothing is ever written to that file. At most {@code vtlt.portal.dry-runs} run at once: each holds a
 * DuckDB of {@code vtlt.duckdb.memory-limit}, and several clerks at once must never exhaust the portal's memory.
 */
public class DryRun {

    private static final Logger log = LoggerFactory.getLogger(DryRun.class);

    /** One problem, as a feedback file shows it (personal values by their shape only: the validator masks them). */
    public record Problem(Long line, String column, String cell, String value, String fault, String expected,
                          String severity, @JsonProperty("message_vi") String messageVi,
                          @JsonProperty("message_en") String messageEn) {
    }

    /** ACCEPTED or REJECTED, and why. */
    public record Result(String decision, List<Problem> problems) {

        public boolean accepted() {
            return "ACCEPTED".equals(decision);
        }
    }

    private final VtltProperties properties;
    private final PersonKeys personKeys;
    private final Semaphore slots;

    public DryRun(VtltProperties properties, PersonKeys personKeys, int concurrent) {
        this.properties = properties;
        this.personKeys = personKeys;
        this.slots = new Semaphore(concurrent, true);
    }

    /**
     * A dao-tao file (or a workbook's dao-tao sheet) waiting for the import, whose classes a hoc-vien file is
     * checked against: the import loads it first, in the same run, so its classes are the ones the list must name.
     */
    public record ClassesFrom(Path file, String fileName, Instant modified) {
    }

    /**
     * @param listPending  a dao-tao file whose organiser has a hoc-vien file of the year waiting for the import (the
     *                     list is then checked against the classes, as the import does)
     * @param classesFrom  for a hoc-vien file: the organiser's dao-tao of the year waiting for the import, or null
     */
    public Result check(Path file, String fileName, String agencyCode, Instant modified, boolean listPending,
                        ClassesFrom classesFrom) throws IOException, InterruptedException {
        long started = System.nanoTime();
        slots.acquire();
        long waited = System.nanoTime();
        Path scratch = properties.home().resolve("portal/dry-run/" + UUID.randomUUID());
        try {
            SubmissionLoader.Validated training = classesFrom == null ? null
                    : validate(classesFrom.file(), classesFrom.fileName(), agencyCode, classesFrom.modified(),
                    scratch.resolve("classes"), true);
            SubmissionLoader.Validated validated = validate(file, fileName, agencyCode, modified, scratch.resolve("file"),
                    listPending);
            long checked = System.nanoTime();
            Result result = decide(training, validated);
            log.info("Dry run of {}: {}, {} problem(s); waited {} ms, validated in {} ms, checked in {} ms", fileName,
                    result.decision(), result.problems().size(), (waited - started) / 1_000_000,
                    (checked - waited) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("dry run of " + fileName + ": " + e.getMessage(), e);
        } finally {
            delete(scratch);
            slots.release();
        }
    }

    private SubmissionLoader.Validated validate(Path file, String fileName, String agencyCode, Instant modified,
                                                Path scratch, boolean listPending) throws IOException {
        ValidationOutcome outcome = new SubmissionValidator(personKeys.newHasher(), properties.limits())
                .validate(new SubmissionValidator.Request(file, fileName, agencyCode, StagingFiles.in(scratch)));
        PendingFile pending = new PendingFile(0, fileName, agencyCode, file.toString(), modified);
        return new SubmissionLoader.Validated(pending, outcome, StagingFiles.in(scratch), listPending);
    }

    /** The checks of {@code file}; when {@code training} is given, after its own, against the classes it brings. */
    private Result decide(SubmissionLoader.Validated training, SubmissionLoader.Validated file) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", properties.duckdb().memoryLimit());
        settings.setProperty("threads", "1");
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings)) {
            try (Statement statement = connection.createStatement()) {
                String analytics = properties.home().resolve(Publisher.ANALYTICS_FILE).toString().replace("'", "''");
                statement.execute("attach '" + analytics + "' as analytics (read_only)");
                statement.execute("use analytics");
            }
            Session session = new Session(connection);
            if (training != null) {
                SubmissionChecks.decide(session, List.of(training), Policy.of(properties.policy()));
                session.execute("sql/portal/pending_classes.sql");
            }
            SubmissionChecks.decide(session, List.of(file), Policy.of(properties.policy()));
            String decision = null;
            List<Problem> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(SqlScripts.text("sql/portal/dry_run.sql"))) {
                while (rows.next()) {
                    decision = rows.getString("status");
                    if (rows.getString("fault_code") != null) {
                        Object line = rows.getObject("line_no");
                        problems.add(new Problem(line == null ? null : ((Number) line).longValue(),
                                rows.getString("column_name"), FeedbackWriter.where(rows), rows.getString("value"),
                                rows.getString("fault_code"), rows.getString("expected"), rows.getString("severity"),
                                rows.getString("message_vi"), rows.getString("message_en")));
                    }
                }
            }
            return new Result(decision, problems);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The in-memory database as the checks need it. */
    private record Session(Connection connection) implements SqlSession {

        @Override
        public void execute(String script) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlScripts.text(script));
            }
        }

        @Override
        public void setVariable(String name, Object value) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("set variable " + name + " = ?")) {
                statement.setObject(1, value);
                statement.execute();
            }
        }
    }
}
