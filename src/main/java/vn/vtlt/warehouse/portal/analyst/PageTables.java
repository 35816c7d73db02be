package vn.vtlt.warehouse.portal.analyst;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vtlt.warehouse.report.Bilingual;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.SafeCells;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The tables of the analysts' and operators' pages: read from a {@code sql/portal/...} file into the report's own
 * {@link Review.Table} (so that the pages write numbers as the report does), and downloaded as CSV or XLSX.
 * Columns are typed by their names, as the report's are: {@code year} text, {@code *_pct} a percentage,
 * {@code *_label} a "Vietnamese | English" text, whole numbers as numbers, times as Ho Chi Minh City reads them.
 */
public final class PageTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private PageTables() {
    }

    /** The rows of a query, its parameters bound in order. */
    public static List<List<Object>> rows(Connection connection, String sqlFile, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text(sqlFile))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(cell(result, c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object cell(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        String name = result.getMetaData().getColumnLabel(column);
        if (value == null) {
            return null;
        }
        if (name.equals("year")) {
            return value.toString();
        }
        if (name.endsWith("_pct")) {
            return new Review.Percent(result.getBigDecimal(column));
        }
        if (name.endsWith("_label")) {
            String text = value.toString();
            int at = text.indexOf(" | ");
            return at < 0 ? new Bilingual(text, text) : new Bilingual(text.substring(0, at), text.substring(at + 3));
        }
        if (value instanceof Timestamp timestamp) {
            // the warehouse keeps times in UTC
            return TIME.format(timestamp.toLocalDateTime().atZone(ZoneId.of("UTC")).withZoneSameInstant(CITY));
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time.atZone(ZoneId.of("UTC")).withZoneSameInstant(CITY));
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number.longValue();
        }
        return value instanceof String ? value : value.toString();
    }

    /** The table as a file: {@code csv} (one row per row, a UTF-8 BOM for Excel) or {@code xlsx}. */
    public static ResponseEntity<byte[]> download(Review.Table table, String format, Language language) {
        Review.Table plain = new Review.Table(table.id(), table.titleVi(), table.titleEn(), table.headingsVi(),
                table.headingsEn(), table.rows().stream().map(row -> row.stream()
                        .map(cell -> cell instanceof Linked linked ? linked.value() : cell).toList()).toList());
        byte[] body;
        MediaType type;
        if ("xlsx".equals(format)) {
            // the report's own workbook writer: numbers as numbers, text always as string cells
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ReportFormat.XLSX.write(new Review(0, 0, List.of(), List.of(plain), null), language, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body = out.toByteArray();
            type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        } else {
            body = csv(plain, language).getBytes(StandardCharsets.UTF_8);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.id() + "." + format.toLowerCase(Locale.ROOT)).build().toString())
                .body(body);
    }

    /** Numbers unformatted so that any tool reads them; text neutralised against formulas (the reports' rule). */
    private static String csv(Review.Table table, Language language) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(table.headings(language).stream().map(SafeCells::csv).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell == null ? ""
                            : cell instanceof Review.Percent percent ? percent.value().toPlainString()
                            : cell instanceof Number number ? number.toString()
                            : SafeCells.csv(language.format(cell)));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
