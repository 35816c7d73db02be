package vn.vtlt.warehouse.portal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.feedback.FeedbackWriter;
import vn.vtlt.warehouse.validate.SubmissionFileName;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The files received through the portal ({@code portal_upload}) with their dry runs, and what the import later
 * decided for each, read from the analysts' file: {@code PENDING} until a run decides it.
 */
public class Uploads {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An upload as the API answers it (contract section 8). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Upload(long id, @JsonProperty("agency_code") String agencyCode, String dataset, int year,
                         @JsonProperty("file_name") String fileName, String sha256,
                         @JsonProperty("received_at") Instant receivedAt, @JsonProperty("dry_run") DryRun.Result dryRun,
                         String status, Long run, List<DryRun.Problem> problems,
                         @JsonProperty("duplicate_of") Earlier duplicateOf) {

        /** The same upload with a status (and, once decided, the run and its problems). */
        Upload with(String newStatus, Long newRun, List<DryRun.Problem> newProblems, Earlier earlier) {
            return new Upload(id, agencyCode, dataset, year, fileName, sha256, receivedAt, dryRun, newStatus, newRun,
                    newProblems, earlier);
        }
    }

    /**
     * The file an upload's bytes duplicate: received before from the agency's folder (by the import, or by the
     * portal and waiting for the import), so the import will not receive this upload again (contract section 2).
     */
    public record Earlier(@JsonProperty("file_name") String fileName, @JsonProperty("received_at") Instant receivedAt,
                          @JsonProperty("message_vi") String messageVi, @JsonProperty("message_en") String messageEn) {

        static Earlier of(String recordedName, Instant receivedAt) {
            String file = SubmissionFileName.fileOf(recordedName);
            String when = DateTimeFormatter.ISO_INSTANT.format(receivedAt);
            return new Earlier(file, receivedAt,
                    "Tệp giống hệt tệp " + file + " đã nhận lúc " + when + " (UTC); đợt xử lý đêm sẽ không nhận lại tệp này.",
                    "Identical to " + file + ", received at " + when + "; the import will not receive this file again.");
        }
    }

    /** Status of an upload whose bytes were received before from the same folder. */
    public static final String DUPLICATE = "DUPLICATE";

    private final JdbcClient jdbc;
    private final Analytics analytics;

    public Uploads(DataSource dataSource, Analytics analytics) {
        this.jdbc = JdbcClient.create(dataSource);
        this.analytics = analytics;
    }

    /** Records one entry of a receipt: a file, or one dataset sheet of a workbook, or a duplicate (no dry run). */
    public Upload record(String agencyCode, String dataset, int year, String fileName, Inbox.Incoming incoming,
                         String uploadedBy, DryRun.Result dryRun, Earlier duplicateOf) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into portal_upload (agency_code, dataset, report_year, file_name, sha256, size_bytes, "
                        + "received_at, uploaded_by, dry_run_decision, dry_run_problems, duplicate_of, duplicate_received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agencyCode, dataset, year, fileName, incoming.sha256(), incoming.size(),
                        Timestamp.from(incoming.receivedAt()), uploadedBy,
                        dryRun == null ? null : dryRun.decision(), dryRun == null ? null : json(dryRun.problems()),
                        duplicateOf == null ? null : duplicateOf.fileName(),
                        duplicateOf == null ? null : Timestamp.from(duplicateOf.receivedAt()))
                .update(keys, "upload_id");
        long id = keys.getKeyAs(Long.class);
        Upload upload = new Upload(id, agencyCode, dataset, year, fileName, incoming.sha256(), incoming.receivedAt(), dryRun,
                null, null, null, null);
        return duplicateOf == null ? upload : upload.with(DUPLICATE, null, null, duplicateOf);
    }

    /**
     * The earliest file with these bytes from the agency's folder: received by the import, else uploaded through
     * the portal and waiting in the folder (not itself a duplicate).
     */
    public Optional<Earlier> receivedBefore(String agencyCode, String sha256) {
        Optional<Earlier> imported = receivedByImport(agencyCode, sha256, null);
        if (imported.isPresent()) {
            return imported;
        }
        return jdbc.sql("select file_name, received_at from portal_upload where agency_code = ? and sha256 = ? "
                        + "and duplicate_of is null order by upload_id")
                .params(agencyCode, sha256)
                .query((row, n) -> Earlier.of(row.getString(1), row.getTimestamp(2).toInstant()))
                .list().stream().findFirst();
    }

    /** The earliest receipt by the import of these bytes from the agency, other than of the file {@code except}. */
    private Optional<Earlier> receivedByImport(String agencyCode, String sha256, String except) {
        return analytics.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/received_before.sql"))) {
                query.setString(1, agencyCode);
                query.setString(2, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString("file_name");
                        if (except == null || !SubmissionFileName.fileOf(name).equals(except)) {
                            return Earlier.of(name, rows.getTimestamp("received_at").toLocalDateTime().toInstant(ZoneOffset.UTC));
                        }
                    }
                    return null;
                }
            }
        });
    }

    /** The uploads of some agencies for a year, newest first, each with the import's decision once there is one. */
    public List<Upload> ofYear(Collection<String> agencies, int year) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        List<Upload> recorded = jdbc.sql("select upload_id, agency_code, dataset, report_year, file_name, sha256, received_at, "
                        + "dry_run_decision, dry_run_problems, duplicate_of, duplicate_received_at from portal_upload "
                        + "where report_year = :year and agency_code in (:agencies) order by upload_id desc")
                .param("year", year).param("agencies", agencies)
                .query((row, n) -> {
                    Upload upload = new Upload(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getString(5), row.getString(6), row.getTimestamp(7).toInstant(),
                            row.getString(8) == null ? null : new DryRun.Result(row.getString(8), problems(row.getString(9))),
                            null, null, null, null);
                    return row.getString(10) == null ? upload
                            : upload.with(DUPLICATE, null, null, Earlier.of(row.getString(10), row.getTimestamp(11).toInstant()));
                })
                .list();
        List<Upload> withStatus = new ArrayList<>();
        for (Upload upload : recorded) {
            withStatus.add(decided(upload));
        }
        return withStatus;
    }

    /** One upload of the given agencies (null when it is not theirs). */
    public Upload find(Collection<String> agencies, long id) {
        return jdbc.sql("select report_year, agency_code from portal_upload where upload_id = ?").param(id)
                .query((row, n) -> agencies.contains(row.getString(2))
                        ? ofYear(List.of(row.getString(2)), row.getInt(1)).stream().filter(u -> u.id() == id).findFirst().orElse(null)
                        : null)
                .optional().orElse(null);
    }

    /**
     * An upload with the import's decision; PENDING while it waits, unless the import received the same bytes from
     * the agency under another name meanwhile (an upload during a run, before the run published): then DUPLICATE,
     * for the import will never receive it.
     */
    private Upload decided(Upload upload) {
        if (DUPLICATE.equals(upload.status())) {
            return upload;
        }
        return analytics.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/decision_of_upload.sql"))) {
                query.setString(1, upload.agencyCode());
                query.setString(2, upload.fileName());
                query.setString(3, upload.sha256());
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    long run = rows.getLong("run_id");
                    String status = rows.getString("status");
                    List<DryRun.Problem> problems = new ArrayList<>();
                    if (rows.getString("file_fault_code") != null) {
                        problems.add(new DryRun.Problem(null, null, "", rows.getString("file_fault_detail"),
                                rows.getString("file_fault_code"), null, "ERROR", rows.getString("file_message_vi"),
                                rows.getString("file_message_en")));
                    }
                    do {
                        if (rows.getLong("run_id") != run) {
                            break;
                        }
                        if (rows.getString("fault_code") != null) {
                            Object line = rows.getObject("line_no");
                            problems.add(new DryRun.Problem(line == null ? null : ((Number) line).longValue(),
                                    rows.getString("column_name"), FeedbackWriter.where(rows), rows.getString("value"),
                                    rows.getString("fault_code"), rows.getString("expected"), rows.getString("severity"),
                                    rows.getString("message_vi"), rows.getString("message_en")));
                        }
                    } while (rows.next());
                    return upload.with(status, run, problems, null);
                }
            }
        }).orElseGet(() -> receivedByImport(upload.agencyCode(), upload.sha256(), SubmissionFileName.fileOf(upload.fileName()))
                .map(earlier -> upload.with(DUPLICATE, null, null, earlier))
                .orElse(upload.with("PENDING", null, null, null)));
    }

    /**
     * An agency's latest upload of a dataset and year that the import has not decided yet: the one the import will
     * keep (latest arrival, then latest name), as it loads them in that order.
     */
    public Optional<Upload> latestPending(String agencyCode, String dataset, int year) {
        return ofYear(List.of(agencyCode), year).stream()
                .filter(u -> u.dataset().equals(dataset) && "PENDING".equals(u.status()))
                .max(Comparator.comparing(Upload::receivedAt).thenComparing(Upload::fileName));
    }

    private static String json(List<DryRun.Problem> problems) {
        try {
            return JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DryRun.Problem> problems(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
