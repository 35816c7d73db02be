package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The review as a workbook for officials: a summary sheet and a sheet per breakdown, numbers as numbers (so that
 * they can be summed) with Vietnamese or English number formats, text always as string cells (never a formula).
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static void write(Review review, Language language, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "vtlt-warehouse", "1.0");
        Worksheet summary = workbook.newWorksheet(language == Language.VI ? "Tổng hợp" : "Summary");
        summary.value(0, 0, review.title(language));
        summary.style(0, 0).bold().set();
        for (int r = 0; r < review.figures().size(); r++) {
            Review.Figure figure = review.figures().get(r);
            summary.value(r + 2, 0, figure.label(language));
            cell(summary, r + 2, 1, figure.cell(), language);
        }
        summary.width(0, 70);
        summary.width(1, 20);
        List<Review.Table> tables = new ArrayList<>(review.tables());
        if (review.comparison() != null) {
            tables.add(review.comparison());
        }
        for (Review.Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(language)));
            List<String> headings = table.headings(language);
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, headings.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 0 ? 32 : 22);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c), language);
                }
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, Language language) {
        if (value == null) {
            return;
        }
        if (value instanceof Review.Percent percent) {
            sheet.value(row, column, percent.value().movePointLeft(2));
            sheet.style(row, column).format("0.00%").set();
        } else if (value instanceof Long number) {
            sheet.value(row, column, number);
            sheet.style(row, column).format("#,##0").set();
        } else if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else {
            sheet.value(row, column, language.format(value));
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
