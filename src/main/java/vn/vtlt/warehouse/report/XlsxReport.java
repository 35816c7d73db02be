package vn.vtlt.warehouse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The review as a workbook for officials: a summary sheet and a sheet per breakdown, numbers as numbers (so that
 * they can be summed) with Vietnamese or English number formats, text always as string cells (never a formula).
 * Every sheet prints as officials print it: A4, fit to the page's width (the summary on one page), its heading rows
 * repeated on each page, borders on the tables, the title in the header, and in the footer the edition (or
 * "current figures, generated on ...") and the page number. The file's bytes depend on the review only (no clock).
 */
final class XlsxReport {

    /** The summary sheet's rows: the title, the edition or generation time, then the table from its heading row. */
    static final int SUMMARY_HEADING_ROW = 3;

    private XlsxReport() {
    }

    static void write(Review review, Language language, OutputStream out) throws IOException {
        ByteArrayOutputStream workbookBytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(workbookBytes, "vtlt-warehouse", "1.0");
        boolean vi = language == Language.VI;
        String summaryName = vi ? "Tổng hợp" : "Summary";
        Worksheet summary = workbook.newWorksheet(summaryName);
        summary.value(0, 0, review.title(language));
        summary.style(0, 0).bold().set();
        summary.value(1, 0, review.stamp(language));
        summary.style(1, 0).italic().set();
        headings(summary, SUMMARY_HEADING_ROW, vi ? List.of("Chỉ tiêu", "Giá trị") : List.of("Figure", "Value"));
        for (int r = 0; r < review.figures().size(); r++) {
            Review.Figure figure = review.figures().get(r);
            cell(summary, SUMMARY_HEADING_ROW + 1 + r, 0, figure.label(language), language);
            cell(summary, SUMMARY_HEADING_ROW + 1 + r, 1, figure.cell(), language);
        }
        summary.width(0, 70);
        summary.width(1, 20);
        print(summary, review, language, SUMMARY_HEADING_ROW, true);
        List<Review.Table> tables = new ArrayList<>(review.tables());
        if (review.comparison() != null) {
            tables.add(review.comparison());
        }
        Set<String> sheetNames = new HashSet<>();
        sheetNames.add(summaryName.toLowerCase(Locale.ROOT));
        for (Review.Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(language), sheetNames));
            List<String> headings = table.headings(language);
            headings(sheet, 0, headings);
            for (int c = 0; c < headings.size(); c++) {
                sheet.width(c, c == 0 ? 32 : 22);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c), language);
                }
            }
            print(sheet, review, language, 0, false);
        }
        workbook.finish();
        out.write(StableZip.rewrite(workbookBytes.toByteArray(), review.generatedAt()));
    }

    /** A4 portrait, fit to width (and to one page for the summary), headings repeated, header and footer. */
    private static void print(Worksheet sheet, Review review, Language language, int headingRow, boolean onePage) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        // 0: as many pages down as the rows need; the summary's 14 lines fit on one
        sheet.fitToHeight((short) (onePage ? 1 : 0));
        sheet.repeatRows(0, headingRow);
        sheet.header(headerText(review.title(language)), Position.CENTER);
        sheet.footer(headerText(review.stamp(language)), Position.LEFT);
        sheet.footer(language == Language.VI ? "Trang &P/&N" : "Page &P of &N", Position.RIGHT);
    }

    /** "&" starts a code (&P: page number) in a header or footer; a literal one is written "&&". */
    private static String headerText(String text) {
        return text.replace("&", "&&");
    }

    private static void headings(Worksheet sheet, int row, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(row, c, headings.get(c));
            bordered(sheet, row, c).bold().fillColor("EEEEFF").wrapText(true).set();
        }
    }

    private static StyleSetter bordered(Worksheet sheet, int row, int column) {
        return sheet.style(row, column).borderStyle(BorderStyle.THIN);
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, Language language) {
        if (value == null) {
            bordered(sheet, row, column).set();
        } else if (value instanceof Review.Percent percent) {
            sheet.value(row, column, percent.value().movePointLeft(2));
            bordered(sheet, row, column).format("0.00%").set();
        } else if (value instanceof Long number) {
            sheet.value(row, column, number);
            bordered(sheet, row, column).format("#,##0").set();
        } else if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
            bordered(sheet, row, column).set();
        } else {
            sheet.value(row, column, language.format(value));
            bordered(sheet, row, column).wrapText(true).set();
        }
    }

    /**
     * Excel allows 31 characters and no []:*?/\ in a sheet name; commas are left out too, as readers (POI) split a
     * print-title reference such as {@code 'Đào tạo, bồi dưỡng'!$1:$1} at them. Names must differ (whatever the
     * case): two titles cut to the same 31 characters get " (2)", " (3)"...
     */
    private static String sheetName(String title, Set<String> taken) {
        String clean = title.replace(",", "").replaceAll("[\\[\\]:*?/\\\\]", " ");
        String name = clean.length() <= 31 ? clean : clean.substring(0, 31);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = clean.substring(0, Math.min(clean.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
