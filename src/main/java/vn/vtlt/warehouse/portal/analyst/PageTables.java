package vn.vtlt.warehouse.portal.analyst;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.SafeCells;

/**
 * The tables of the analysts' and operators' pages (read from a {@code sql/portal/...} file by {@link vn.vtlt.warehouse.report.QueryRows} into
 * the report's own {@link Review.Table}, so that the pages write numbers as the report does) downloaded as CSV or XLSX.
 */
public final class PageTables {

    private PageTables() {
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
