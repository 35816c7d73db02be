package vn.vtlt.warehouse.portal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.calendar.ReportingCalendar;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * An agency's checklist of a year ({@code sql/portal/checklist.sql}): what it owes and the status of each
 * dataset, the import's (ACCEPTED, REJECTED with the reason, MISSING) or RECEIVED while a portal upload waits for
 * the next import.
 */
public class Checklist {

    /**
     * One line of the task list.
     *
     * @param status ACCEPTED, REJECTED, MISSING, RECEIVED (waiting for the import) or NOT_DUE (nothing received,
     *               and the import does not list it as owed)
     * @param since  when the status began: the accepted file's arrival, the latest decision, or the upload
     * @param deadline the day it is due by (the reporting calendar, or the agency's extension); null before any import
     * @param daysLeft days from today to the deadline (negative: days late) while it is not accepted, else null
     */
    public record Line(String dataset, String status, Instant since, String fileName, String faultVi, String faultEn,
                       Integer rowsRejected, LocalDate deadline, Long daysLeft) {

        /** The deadline as officials write it, 15/01/2017. */
        public String deadlineText() {
            return deadline == null ? null : DAY.format(deadline);
        }

        /** The same line with its deadline, and the days left unless it is accepted. */
        Line withDeadline(LocalDate due, LocalDate today) {
            Long left = due == null || "ACCEPTED".equals(status) ? null : ChronoUnit.DAYS.between(today, due);
            return new Line(dataset, status, since, fileName, faultVi, faultEn, rowsRejected, due, left);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Analytics analytics;
    private final Uploads uploads;
    private final ReportingCalendar calendar;

    public Checklist(Analytics analytics, Uploads uploads, ReportingCalendar calendar) {
        this.analytics = analytics;
        this.uploads = uploads;
        this.calendar = calendar;
    }

    public List<Line> of(String agencyCode, int year) {
        List<Line> lines = analytics.read(connection -> {
            List<Line> read = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/checklist.sql"))) {
                query.setString(1, agencyCode);
                query.setInt(2, year);
                query.setString(3, agencyCode);
                query.setInt(4, year);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String status = rows.getString("status");
                        Timestamp since = "ACCEPTED".equals(status) ? rows.getTimestamp("received_at") : rows.getTimestamp("decided_at");
                        read.add(new Line(rows.getString("dataset"), status == null ? "NOT_DUE" : status,
                                since == null ? null : since.toInstant(), rows.getString("file_name"),
                                rows.getString("fault_vi"), rows.getString("fault_en"),
                                (Integer) rows.getObject("rows_rejected"), null, null));
                    }
                }
            }
            return read;
        }).orElseGet(() -> List.of(Dataset.values()).stream()
                .map(d -> new Line(d.code(), d == Dataset.NHAN_SU ? "MISSING" : "NOT_DUE", null, null, null, null, null, null, null)).toList());
        List<Uploads.Upload> waiting = uploads.ofYear(List.of(agencyCode), year).stream()
                .filter(u -> "PENDING".equals(u.status())).toList();
        Map<String, LocalDate> deadlines = deadlines(agencyCode, year);
        LocalDate today = calendar.today();
        return lines.stream().map(line -> waiting.stream().filter(u -> u.dataset().equals(line.dataset())).findFirst()
                .map(u -> new Line(line.dataset(), "RECEIVED", u.receivedAt(), u.fileName(), null, null, null, null, null))
                .orElse(line))
                .map(line -> line.withDeadline(deadlines.get(line.dataset()), today)).toList();
    }

    /** The agency's deadline of each dataset of the year ({@code sql/portal/deadlines.sql}); none before any import. */
    private Map<String, LocalDate> deadlines(String agencyCode, int year) {
        return analytics.read(connection -> {
            Map<String, LocalDate> read = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/deadlines.sql"))) {
                query.setInt(1, year);
                query.setString(2, agencyCode);
                query.setInt(3, year);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        read.put(rows.getString("dataset"), rows.getDate("deadline").toLocalDate());
                    }
                }
            }
            return read;
        }).orElseGet(Map::of);
    }
}
