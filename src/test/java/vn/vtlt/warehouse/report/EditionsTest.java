package vn.vtlt.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Published editions on one small city: imported, the 2014-2016 review published as 1228/SNV-CCVTLT and rendered in
 * every format, then a corrected roster imported. The edition regenerates to the same bytes; the current figures
 * show what the correction moved; the official document and the workbook print as officials need.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionsTest {

    private static final String EDITION = "1228/SNV-CCVTLT";
    private static final List<String> FORMATS = List.of("md", "html", "xlsx", "csv", "json", "docx");

    Path root;
    TestCity city;
    final Map<String, byte[]> asPublished = new LinkedHashMap<>();
    int reportNumber;

    @BeforeAll
    void publishThenImportACorrection(@TempDir Path folder) throws Exception {
        root = folder;
        city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2013.csv", Rosters.rosterCsv("SO-YT", 1, 2013, 10, 4));
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 12, 7));
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Rosters.rosterCsv("Q-774", 2, 2016, 5, 2));
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "TC-01", "Trung cấp VTLT khoá 1", "Đào tạo", "TC", "", "Trường Trung cấp VTLT TW",
                        "2014-09-01", "30/6/2016", "1", "60", "1.250.000.000", "0", "0", "300.000.000", "")
                .row("SNV-CCVTLT", "BD-01", "Bồi dưỡng lập hồ sơ", "Bồi dưỡng", "Nghiệp vụ", "Lập hồ sơ", "",
                        "05/10/2015", "07/10/2015", "2", "78", "30.000.000", "", "", "", "")
                .row("SNV-CCVTLT", "TH-01", "Tập huấn nghiệp vụ", "Tập huấn", "", "", "",
                        "01/03/2016", "01/03/2016", "1", "150", "", "", "12.000.000", "", ""));
        assertThat(city.runImport()).isZero();
        assertThat(run("review", "publish", "--from", "2014", "--to", "2016", "--number", EDITION, "--date", "2017-05-10",
                "--home", city.home.toString())).isZero();
        for (String format : FORMATS) {
            asPublished.put(format, Files.readAllBytes(edition(format)));
        }
        // a late correction: Q-774's 2016 roster sent again with 3 more staff, all of them qualified
        city.put("Q-774", "Q-774_nhan-su_2016_sua.csv", Rosters.rosterCsv("Q-774", 2, 2016, 8, 5));
        assertThat(city.runImport()).isZero();
    }

    @Test
    void regeneratesTheEditionByteForByteInEveryFormatAfterACorrectionIsImported() throws Exception {
        // given: the edition as published (before the correction), and the current figures that moved since
        assertThat(city.analytics("select total_staff from v_staffing_summary where snapshot_year = 2016")).containsExactly(List.of(20L));

        for (String format : FORMATS) {
            // when
            byte[] regenerated = Files.readAllBytes(edition(format));

            // then
            assertThat(regenerated).as(format).isEqualTo(asPublished.get(format));
        }
        JsonNode json = new ObjectMapper().readTree(asPublished.get("json"));
        assertThat(json.at("/figures/staff_after_total/value").decimalValue()).isEqualByComparingTo("17");
        assertThat(json.at("/edition/number").asText()).isEqualTo(EDITION);
        assertThat(json.at("/edition/published_on").asText()).isEqualTo("2017-05-10");
        assertThat(new String(asPublished.get("md"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Số 1228/SNV-CCVTLT ngày 10/05/2017").contains("| 17 |");
        assertThat(new String(asPublished.get("html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<p id=\"edition\">Số 1228/SNV-CCVTLT ngày 10/05/2017");
    }

    @Test
    void revisionsListExactlyTheMovedFiguresWithTheSubmissionsThatMovedThem() throws Exception {
        // when
        JsonNode revisions = new ObjectMapper().readTree(report("json", "en", "--revisions-since", EDITION).toFile());

        // then
        Map<String, BigDecimal> moved = new LinkedHashMap<>();
        revisions.get("revisions").forEach(row -> {
            if (row.get("difference").decimalValue().signum() != 0) {
                moved.put(row.get("figure").asText(), row.get("difference").decimalValue());
            }
        });
        assertThat(revisions.get("revisions")).hasSize(14);
        assertThat(moved).containsOnlyKeys("Staff doing VTLT work at the end (31/12)", "of whom VTLT-qualified", "share");
        assertThat(moved.get("Staff doing VTLT work at the end (31/12)")).isEqualByComparingTo("3");
        assertThat(moved.get("of whom VTLT-qualified")).isEqualByComparingTo("3");
        assertThat(moved.get("share")).isEqualByComparingTo("7.06");
        List<String> sources = new ArrayList<>();
        revisions.get("revision_sources").forEach(row -> sources.add(row.get("agency").asText() + " " + row.get("dataset").asText()
                + " " + row.get("year").asText() + " " + row.get("change").asText() + " " + row.get("file").asText()));
        assertThat(sources).hasSize(3).allMatch(s -> s.equals("Q-774 nhan-su 2016 replaced the version used Q-774_nhan-su_2016_sua.csv"));
        revisions.get("revision_sources").forEach(row -> assertThat(row.get("received").asText()).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"));
        assertThat(city.analytics("select figure, published_value, current_value, difference from v_review_revisions where difference <> 0"))
                .containsExactly(List.of("staff_after_total", new BigDecimal("17.00"), new BigDecimal("20.00"), new BigDecimal("3.00")),
                        List.of("staff_after_qualified", new BigDecimal("9.00"), new BigDecimal("12.00"), new BigDecimal("3.00")),
                        List.of("staff_after_qualified_pct", new BigDecimal("52.94"), new BigDecimal("60.00"), new BigDecimal("7.06")));
        assertThat(city.analytics("select count(*), count(distinct file_name) from review_edition_source where edition = '" + EDITION + "'"))
                .containsExactly(List.of(4L, 4L));
        assertThat(Files.readString(report("md", "vi", "--from", "2014", "--to", "2016")))
                .contains("## Điều chỉnh so với số 1228/SNV-CCVTLT").contains("| 17 | 20 | 3 |")
                .contains("Q-774_nhan-su_2016_sua.csv");
    }

    @Test
    void refusesToPublishANumberAgainAndKeepsTheEditionThroughLaterImports() {
        // when
        int again = run("review", "publish", "--from", "2014", "--to", "2016", "--number", EDITION, "--date", "2018-01-01",
                "--home", city.home.toString());

        // then
        assertThat(again).isEqualTo(1);
        assertThat(city.analytics("select edition, published_on::varchar from review_edition"))
                .containsExactly(List.of(EDITION, "2017-05-10"));
        assertThat(run("review", "list", "--home", city.home.toString())).isZero();
    }

    @Test
    void theWorkbookPrintsOnA4FitToWidthWithHeadingsRepeatedBordersHeaderAndFooter() throws Exception {
        try (InputStream in = new java.io.ByteArrayInputStream(asPublished.get("xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(workbook::getSheetName).distinct()).hasSize(6);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getHeader().getCenter()).contains("Thống kê sơ kết công tác văn thư, lưu trữ giai đoạn 2014 - 2016");
                assertThat(sheet.getFooter().getLeft()).endsWith("Số 1228/SNV-CCVTLT ngày 10/05/2017");
                assertThat(sheet.getFooter().getRight()).contains("&P").contains("&N");
            }
            XSSFSheet summary = workbook.getSheetAt(0);
            assertThat(summary.getPrintSetup().getFitHeight()).as("the summary on one page").isEqualTo((short) 1);
            assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(summary.getRow(XlsxReport.SUMMARY_HEADING_ROW + 1).getCell(1).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(summary.getRow(XlsxReport.SUMMARY_HEADING_ROW + 4).getCell(1).getNumericCellValue()).isEqualTo(17);
        }
    }

    @Test
    void theOfficialDocumentHasTheDecreesPartsInOrderTheFiguresTablesChartsA4AndMargins() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(asPublished.get("docx")))) {
            // the decree's parts, in order
            String text = text(docx);
            List<String> parts = List.of("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "Số: 1228/SNV-CCVTLT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Thành phố Hồ Chí Minh, ngày 10 tháng 5 năm 2017", "BÁO CÁO",
                    "Thống kê sơ kết công tác văn thư, lưu trữ giai đoạn 2014 - 2016", "I. KẾT QUẢ",
                    "tổng số là 17 người, trong đó có 9 người có trình độ chuyên ngành văn thư, lưu trữ, đạt tỷ lệ 52,94%",
                    "trung cấp 60 người", "bồi dưỡng nghiệp vụ 78 lượt người, tập huấn 150 lượt người",
                    "1.292.000.000 đồng", "II. SỐ LIỆU CHI TIẾT", "Kinh phí đào tạo theo nguồn (đồng)", "III. BIỂU ĐỒ",
                    "Nơi nhận:", "- Lưu: VT, CCVTLT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
            int at = -1;
            for (String part : parts) {
                int next = text.indexOf(part, at + 1);
                assertThat(next).as("after the previous part: " + part).isGreaterThan(at);
                at = next;
            }
            XWPFRun motto = runWith(docx, "Độc lập - Tự do - Hạnh phúc");
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(motto.isBold()).isTrue();
            // the tables: heading, summary, five breakdowns (the reporting rate the last), recipients and signature
            List<XWPFTable> tables = docx.getTables();
            assertThat(tables).hasSize(8);
            assertThat(tables.get(1).getRows()).hasSize(15);
            assertThat(tables.get(1).getRow(4).getCell(1).getText()).isEqualTo("17");
            assertThat(docx.getAllPictures()).hasSize(3);
            assertThat(docx.getAllPictures()).allMatch(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            // A4 and the decree's margins; Times New Roman, 11 to 14 pt
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()).stream()
                    .map(m -> Math.round(((java.math.BigInteger) m).intValue() / 56.7)).toList()).containsExactly(20L, 20L, 30L, 15L);
            for (XWPFParagraph paragraph : paragraphs(docx)) {
                for (XWPFRun run : paragraph.getRuns().stream().filter(r -> !r.text().isEmpty()).toList()) {
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                    assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
                }
            }
            assertThat(docx.getProperties().getCoreProperties().getCreated()).isNotNull();
        }
    }

    private static String text(XWPFDocument docx) {
        StringBuilder text = new StringBuilder();
        paragraphs(docx).forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    /** Every paragraph in body order, those in table cells included. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument docx) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                all.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> all.addAll(cell.getParagraphs())));
            }
        }
        return all;
    }

    private static XWPFRun runWith(XWPFDocument docx, String text) {
        return paragraphs(docx).stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> text.equals(r.text())).findFirst().orElseThrow();
    }

    private Path edition(String format) {
        return report(format, "vi", "--edition", EDITION, "--letterhead", "jobs/review.yml");
    }

    private Path report(String format, String language, String... more) {
        Path out = root.resolve("report-" + (++reportNumber) + "." + format);
        List<String> arguments = new ArrayList<>(List.of("report", "--format", format, "--lang", language,
                "--out", out.toString(), "--home", city.home.toString()));
        arguments.addAll(List.of(more));
        assertThat(run(arguments.toArray(String[]::new))).as(arguments.toString()).isZero();
        return out;
    }

    private static int run(String... arguments) {
        return VtltWarehouse.execute(arguments);
    }
}
