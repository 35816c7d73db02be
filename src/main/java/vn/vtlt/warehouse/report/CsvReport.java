package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The review as one CSV in long form ({@code section, row, column, value}), numbers unformatted so that any tool
 * reads them, with a UTF-8 BOM so that Excel shows Vietnamese. Text cells are neutralised against formulas.
 */
final class CsvReport {

    private CsvReport() {
    }

    static String render(Review review, Language language) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("section", "row", "column", "value");
            for (Review.Figure figure : review.figures()) {
                csv.printRecord("summary", figure.id(), SafeCells.csv(figure.label(language)), figure.value().toPlainString());
            }
            List<Review.Table> tables = new ArrayList<>(review.tables());
            if (review.comparison() != null) {
                tables.add(review.comparison());
            }
            for (Review.Table table : tables) {
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        csv.printRecord(table.id(), r + 1, SafeCells.csv(table.headings(language).get(c)), value(row.get(c), language));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String value(Object cell, Language language) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Review.Percent percent) {
            return percent.value().toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return SafeCells.csv(language.format(cell));
    }
}
