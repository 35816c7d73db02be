package vn.vtlt.warehouse.portal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
                         String status, Long run, List<DryRun.Problem> problems) {
    }

    private final JdbcClient jdbc;
    private final Analytics analytics;

    public Uploads(DataSource dataSource, Analytics analytics) {
        this.jdbc = JdbcClient.create(dataSource);
        this.analytics = analytics;
    }

    public Upload record(Inbox.Stored stored, String agencyCode, String dataset, int year, String uploadedBy,
                         DryRun.Result dryRun) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into portal_upload (agency_code, dataset, report_year, file_name, sha256, size_bytes, "
                        + "received_at, uploaded_by, dry_run_decision, dry_run_problems) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agencyCode, dataset, year, stored.fileName(), stored.sha256(), stored.size(),
                        Timestamp.from(stored.receivedAt()), uploadedBy, dryRun.decision(), json(dryRun.problems()))
                .update(keys, "upload_id");
        long id = keys.getKeyAs(Long.class);
        return new Upload(id, agencyCode, dataset, year, stored.fileName(), stored.sha256(), stored.receivedAt(), dryRun,
                null, null, null);
    }

    /** The uploads of some agencies for a year, newest first, each with the import's decision once there is one. */
    public List<Upload> ofYear(Collection<String> agencies, int year) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        List<Upload> recorded = jdbc.sql("select upload_id, agency_code, dataset, report_year, file_name, sha256, received_at, "
                        + "dry_run_decision, dry_run_problems from portal_upload where report_year = :year and agency_code in (:agencies) "
                        + "order by upload_id desc")
                .param("year", year).param("agencies", agencies)
                .query((row, n) -> new Upload(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getTimestamp(7).toInstant(),
                        new DryRun.Result(row.getString(8), problems(row.getString(9))), null, null, null))
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

    private Upload decided(Upload upload) {
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
                    return new Upload(upload.id(), upload.agencyCode(), upload.dataset(), upload.year(), upload.fileName(),
                            upload.sha256(), upload.receivedAt(), upload.dryRun(), status, run, problems);
                }
            }
        }).orElse(new Upload(upload.id(), upload.agencyCode(), upload.dataset(), upload.year(), upload.fileName(),
                upload.sha256(), upload.receivedAt(), upload.dryRun(), "PENDING", null, null));
    }

    /** Whether an agency has a file of a dataset and year that the import has not decided yet. */
    public boolean pending(String agencyCode, String dataset, int year) {
        return ofYear(List.of(agencyCode), year).stream()
                .anyMatch(u -> u.dataset().equals(dataset) && "PENDING".equals(u.status()));
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
