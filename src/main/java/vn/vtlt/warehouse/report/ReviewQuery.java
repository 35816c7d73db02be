package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Reads a review from the warehouse, opened read-only: the summary figures ({@code review_figures}) and the
 * breakdowns ({@code sql/report/*.sql} over the contract views), and compares them with published figures.
 */
public final class ReviewQuery {

    private ReviewQuery() {
    }

    /**
     * The current figures of years from..to, generated now, reconciled with published figures if a file is given,
     * and with the revisions since the latest edition of the same years if there is one.
     */
    public static Review read(Path warehouseFile, int from, int to, Path published) throws SQLException, IOException {
        try (Connection connection = Warehouse.openReadOnly(warehouseFile)) {
            Review review = current(connection, from, to, published, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            String edition = Editions.latestOf(connection, from, to);
            return edition == null ? review : review.withTables(Revisions.tables(connection, edition));
        }
    }

    /** The summary figures ({@code review_figures}) and the breakdowns of years from..to as the warehouse holds them now. */
    static Review current(Connection connection, int from, int to, Path published, Instant generatedAt)
            throws SQLException, IOException {
        List<Review.Figure> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select * from review_figures(?, ?)")) {
            statement.setInt(1, from);
            statement.setInt(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    BigDecimal value = rows.getBigDecimal("value");
                    figures.add(new Review.Figure(rows.getString("figure"), rows.getString("unit"),
                            rows.getString("label_vi"), rows.getString("label_en"),
                            value == null ? BigDecimal.ZERO : value));
                }
            }
        }
        List<Review.Table> tables = new ArrayList<>();
        for (String id : BREAKDOWNS) {
            tables.add(heading(id, table(connection, id, from, to)));
        }
        return new Review(from, to, figures, tables, published == null ? null : compare(figures, published), null, generatedAt);
    }

    /** The breakdowns of a review, in the order they are shown; {@code sql/report/<id>.sql} computes each. */
    static final List<String> BREAKDOWNS = List.of("staffing", "training", "training_by_organiser", "funding",
            "reporting_rate");

    /** A breakdown's title and headings, for its rows (read now, or frozen in an edition). */
    static Review.Table heading(String id, List<List<Object>> rows) {
        return switch (id) {
            case "staffing" -> new Review.Table(id, "Đội ngũ làm công tác VTLT (31/12)", "Staff doing VTLT work (31/12)",
                    List.of("Năm", "Tổng số", "Có trình độ chuyên ngành VTLT", "Tỷ lệ"),
                    List.of("Year", "Total", "VTLT-qualified", "Share"), rows);
            case "training" -> new Review.Table(id, "Đào tạo, bồi dưỡng, tập huấn theo năm", "Training by year",
                    List.of("Năm", "Loại hình", "Trình độ", "Số lớp", "Số lượt"),
                    List.of("Year", "Category", "Level", "Classes", "Participations"), rows);
            case "training_by_organiser" -> new Review.Table(id, "Đào tạo, bồi dưỡng, tập huấn theo đơn vị tổ chức",
                    "Training by organiser", List.of("Đơn vị tổ chức", "Loại hình", "Trình độ", "Số lớp", "Số lượt"),
                    List.of("Organiser", "Category", "Level", "Classes", "Participations"), rows);
            case "funding" -> new Review.Table(id, "Kinh phí đào tạo theo nguồn (đồng)", "Training funding by source (VND)",
                    List.of("Năm", "Nguồn", "Số tiền"), List.of("Year", "Source", "Amount"), rows);
            // the reporting calendar (sql/080_timeliness.sql): how completely and how timely each year came in
            case "reporting_rate" -> new Review.Table(id, "Tỷ lệ báo cáo và báo cáo đúng hạn", "Reporting rate and timeliness",
                    List.of("Năm", "Báo cáo", "Phải nộp", "Đã tiếp nhận", "Đúng hạn", "Trễ hạn", "Chưa nộp",
                            "Tỷ lệ báo cáo", "Tỷ lệ đúng hạn"),
                    List.of("Year", "Dataset", "Expected", "Accepted", "On time", "Late", "Missing",
                            "Reporting rate", "On-time rate"), rows);
            default -> throw new IllegalArgumentException("no breakdown " + id);
        };
    }

    private static List<List<Object>> table(Connection connection, String id, int from, int to) throws SQLException {
        return QueryRows.rows(connection, "sql/report/" + id + ".sql", from, to);
    }

    /** Computed, published and difference for each published figure (a CSV of figure,value). */
    static Review.Table compare(List<Review.Figure> figures, Path published) throws IOException {
        Map<String, BigDecimal> publishedValues = new LinkedHashMap<>();
        try (var reader = Files.newBufferedReader(published)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                publishedValues.put(record.get("figure").strip(), new BigDecimal(record.get("value").strip()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Review.Figure figure : figures) {
            BigDecimal expected = publishedValues.get(figure.id());
            if (expected == null) {
                continue;
            }
            boolean percent = figure.unit().equals("PERCENT");
            BigDecimal difference = figure.value().subtract(expected);
            rows.add(List.of(new Bilingual(figure.labelVi(), figure.labelEn()),
                    percent ? new Review.Percent(figure.value()) : (Object) figure.value().longValueExact(),
                    percent ? new Review.Percent(expected) : (Object) expected.longValueExact(),
                    percent ? new Review.Percent(difference) : (Object) difference.longValueExact()));
        }
        for (String unknown : publishedValues.keySet()) {
            if (figures.stream().noneMatch(f -> f.id().equals(unknown))) {
                throw new vn.vtlt.warehouse.config.UserError(published + ": unknown figure '" + unknown + "'");
            }
        }
        return new Review.Table("comparison", "Đối chiếu với số liệu đã công bố", "Reconciliation with published figures",
                List.of("Chỉ tiêu", "Tính từ kho dữ liệu", "Đã công bố", "Chênh lệch"),
                List.of("Figure", "Computed", "Published", "Difference"), rows);
    }
}
