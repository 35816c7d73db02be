package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.config.UserError;

/**
 * The revisions since an edition ({@code v_review_revisions}, {@code review_revision_sources}): each figure as
 * published and as the current data gives it, and the submissions that moved the figures that moved.
 */
public final class Revisions {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Revisions() {
    }

    /** The revisions since an edition as a review of its years: no summary, the two revision tables. */
    public static Review since(Connection connection, String edition) throws SQLException {
        Edition published = Editions.find(connection, edition);
        if (published == null) {
            throw new UserError("No edition " + edition + " (review list shows the published editions)");
        }
        return new Review(published.from(), published.to(), List.of(), List.of(), null, published, published.frozenAt())
                .withTables(tables(connection, edition));
    }

    /** The table of figures (published, current, difference) and the table of the submissions that moved them. */
    static List<Review.Table> tables(Connection connection, String edition) throws SQLException {
        List<List<Object>> figures = new ArrayList<>();
        try (PreparedStatement statement = Editions.prepare(connection, "revisions", edition);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                boolean percent = rows.getString("unit").equals("PERCENT");
                figures.add(List.of(new Bilingual(rows.getString("label_vi"), rows.getString("label_en")),
                        value(rows.getBigDecimal("published_value"), percent),
                        value(rows.getBigDecimal("current_value"), percent),
                        value(rows.getBigDecimal("difference"), percent)));
            }
        }
        List<List<Object>> sources = new ArrayList<>();
        try (PreparedStatement statement = Editions.prepare(connection, "revision_sources", edition, edition);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                LocalDateTime received = rows.getObject("received_at", LocalDateTime.class);
                sources.add(List.of(new Bilingual(rows.getString("label_vi"), rows.getString("label_en")),
                        rows.getString("agency_code"), rows.getString("dataset"), Integer.toString(rows.getInt("report_year")),
                        change(rows.getString("change")), rows.getString("file_name"),
                        RECEIVED.format(received.atOffset(ZoneOffset.UTC).atZoneSameInstant(Review.ZONE))));
            }
        }
        return List.of(
                new Review.Table("revisions", "Điều chỉnh so với số " + edition, "Revisions since " + edition,
                        List.of("Chỉ tiêu", "Đã công bố", "Hiện nay", "Chênh lệch"),
                        List.of("Figure", "Published", "Current", "Difference"), figures),
                new Review.Table("revision_sources", "Các báo cáo làm thay đổi số liệu", "Submissions that moved the figures",
                        List.of("Chỉ tiêu", "Cơ quan", "Loại báo cáo", "Năm", "Thay đổi", "Tệp", "Thời điểm nhận"),
                        List.of("Figure", "Agency", "Dataset", "Year", "Change", "File", "Received"), sources));
    }

    private static Object value(BigDecimal value, boolean percent) {
        return percent ? new Review.Percent(value) : (Object) value.longValueExact();
    }

    private static Bilingual change(String change) {
        return switch (change) {
            case "NEW" -> new Bilingual("báo cáo mới", "new submission");
            case "REPLACED" -> new Bilingual("thay thế bản đã dùng", "replaced the version used");
            default -> new Bilingual("không còn được tính", "no longer counted");
        };
    }
}
