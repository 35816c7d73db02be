package vn.vtlt.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Number formats of each language, and exports that are safe to open in a spreadsheet. */
class ReportFormatsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";

    private static Review reviewWithText(String text) {
        return new Review(2014, 2016,
                List.of(new Review.Figure("funding_public_vnd", "VND", text, text, new BigDecimal("3871000000"))),
                List.of(new Review.Table("funding", "Kinh phí", "Funding", List.of("Năm", "Nguồn", "Số tiền"),
                        List.of("Year", "Source", "Amount"), List.of(List.of("2016", new Bilingual(text, text), 5L)))),
                null);
    }

    @Test
    void writesVietnameseAndEnglishNumbers() {
        assertThat(Language.VI.format(3_871_000_000L)).isEqualTo("3.871.000.000");
        assertThat(Language.EN.format(3_871_000_000L)).isEqualTo("3,871,000,000");
        assertThat(Language.VI.format(new Review.Percent(new BigDecimal("55.88")))).isEqualTo("55,88 %");
        assertThat(Language.EN.format(new Review.Percent(new BigDecimal("55.88")))).isEqualTo("55.88 %");
    }

    @Test
    void neutralisesFormulasInCsvWithoutChangingNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.CSV.write(reviewWithText(FORMULA), Language.EN, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK")
                .contains(",3871000000");
        for (String risky : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SafeCells.csv(risky)).isEqualTo("'" + risky);
        }
        assertThat(SafeCells.csv("Sở Y tế")).isEqualTo("Sở Y tế");
    }

    @Test
    void writesXlsxTextAsStringCellsReadingExactlyAsGiven() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.XLSX.write(reviewWithText(FORMULA), Language.EN, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row figure = workbook.getFirstSheet().read().stream().filter(r -> r.getRowNum() == XlsxReport.SUMMARY_HEADING_ROW + 2).findFirst().orElseThrow();
            assertThat(figure.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(figure.getCellText(0)).isEqualTo(FORMULA);
            assertThat(figure.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    @Test
    void escapesWarehouseTextInHtml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.HTML.write(reviewWithText("<script>alert(1)</script>"), Language.VI, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
