package vn.vtlt.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.DemoHome;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The README's first command: the demo city of 707 agencies, generated, imported by the real job and reviewed,
 * reproduces every figure of the 2014-2016 review (../shared/domain/REFERENCE-FIGURES.md), in the warehouse views
 * and in every format of the report.
 */
class DemoReviewTest {

    @TempDir
    static Path home;
    static TestCity warehouse;
    static Map<String, BigDecimal> reference;

    @BeforeAll
    static void runTheDemo() throws Exception {
        DemoHome.copyTo(home);
        warehouse = new TestCity(home.resolve("scratch")).withHome(home);
        reference = new LinkedHashMap<>();
        try (InputStream in = DemoReviewTest.class.getResourceAsStream("/demo/reference-figures.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .forEach(line -> reference.put(line.split(",")[0], new BigDecimal(line.split(",")[1])));
        }
    }

    private static Path report(String format, String language, String... more) {
        Path out = home.resolve("review-" + language + "." + format);
        List<String> arguments = new java.util.ArrayList<>(List.of("report", "--from", "2014", "--to", "2016",
                "--format", format, "--lang", language, "--out", out.toString(), "--home", home.toString()));
        arguments.addAll(List.of(more));
        assertThat(VtltWarehouse.execute(arguments.toArray(String[]::new))).isZero();
        return out;
    }

    @Test
    void theViewsReproduceEveryReferenceFigure() {
        assertThat(warehouse.query("select * from v_staffing_summary where snapshot_year in (2013, 2016)"))
                .containsExactly(List.of(2013L, 3545L, 1071L, new BigDecimal("30.21")),
                        List.of(2016L, 3860L, 2157L, new BigDecimal("55.88")));
        Map<String, Long> training = warehouse.query("""
                select category || '/' || coalesce(level, ''), sum(participations) from v_training_summary
                where year between 2014 and 2016 group by all""").stream()
                .collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue()));
        assertThat(training).containsEntry("DAO_TAO/DAI_HOC", 21L).containsEntry("DAO_TAO/CAO_DANG", 1L)
                .containsEntry("DAO_TAO/TRUNG_CAP", 320L).containsEntry("BOI_DUONG/SO_CAP", 529L)
                .containsEntry("BOI_DUONG/NGHIEP_VU", 488L).containsEntry("TAP_HUAN/", 15_021L)
                .containsEntry("HOI_NGHI/", 1_116L + 1_028L);
        assertThat(warehouse.count("""
                select sum(amount_vnd) from v_funding_summary
                where year between 2014 and 2016 and funding_source in ('CITY', 'DISTRICT', 'AGENCY')"""))
                .isEqualTo(3_871_000_000L);
        assertThat(warehouse.query("select classes from v_training_summary where year between 2014 and 2016 and category = 'BOI_DUONG' and level = 'SO_CAP'")
                .stream().mapToLong(r -> (Long) r.get(0)).sum()).isEqualTo(6);
    }

    @Test
    void theJsonReportCarriesEveryReferenceFigureAndAZeroDifference() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report("json", "en", "--compare", home.resolve("demo/reference-figures.csv").toString()).toFile());
        reference.forEach((figure, value) ->
                assertThat(json.at("/figures/" + figure + "/value").decimalValue()).as(figure).isEqualByComparingTo(value));
        assertThat(json.get("comparison")).hasSize(reference.size());
        json.get("comparison").forEach(row -> assertThat(row.get("difference").decimalValue()).isZero());
    }

    @Test
    void theHtmlReportIsOnePageWithChartsAndVietnameseNumbers() throws Exception {
        String html = Files.readString(report("html", "vi"));
        assertThat(html).contains("<svg id=\"chart-qualified\"", "<svg id=\"chart-participations\"", "<svg id=\"chart-funding\"")
                .contains("3.871.000.000").contains("55,88 %").contains("30,21 %").contains("15.021")
                .doesNotContain("<script").doesNotContain("src=\"http");
    }

    @Test
    void theXlsxReportReadsBackWithNumbersAsNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(report("xlsx", "en"));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet summary = workbook.getFirstSheet();
            assertThat(summary.getName()).isEqualTo("Summary");
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            for (Row row : summary.read()) {
                if (row.getCellCount() >= 2 && row.getCell(1) != null && row.getCell(1).getType() == CellType.NUMBER) {
                    figures.put(row.getCellText(0), row.getCell(1).asNumber());
                }
            }
            assertThat(figures).containsEntry("Funding from the city budget and agencies (VND)", new BigDecimal("3871000000"))
                    .containsEntry("Degree training: intermediate", new BigDecimal("320"))
                    .containsEntry("Training sessions (participations)", new BigDecimal("15021"));
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).hasSize(6).contains("Reporting rate and timeliness");
        }
    }

    @Test
    void theCsvReportIsLongFormWithPlainNumbers() throws Exception {
        String csv = Files.readString(report("csv", "vi"));
        assertThat(csv).startsWith("\uFEFFsection,row,column,value").contains("summary,funding_public_vnd,")
                .contains(",3871000000").contains("summary,staff_after_qualified_pct,tỷ lệ,55.88");
    }

    @Test
    void theDemosEditionOf2014To2016ReproducesEveryReferenceFigure(@TempDir Path editions) throws Exception {
        // given: the demo's warehouse in a home of its own, so that the edition leaves the other tests' reports as they are
        Files.copy(home.resolve("warehouse.duckdb"), editions.resolve("warehouse.duckdb"));
        assertThat(VtltWarehouse.execute("review", "publish", "--from", "2014", "--to", "2016", "--number", "1228/SNV-CCVTLT",
                "--date", "2017-03-30", "--home", editions.toString())).isZero();

        // when
        Path out = editions.resolve("1228.json");
        assertThat(VtltWarehouse.execute("report", "--edition", "1228/SNV-CCVTLT", "--format", "json", "--out", out.toString(),
                "--home", editions.toString())).isZero();

        // then
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        reference.forEach((figure, value) ->
                assertThat(json.at("/figures/" + figure + "/value").decimalValue()).as(figure).isEqualByComparingTo(value));
        assertThat(json.at("/edition/published_on").asText()).isEqualTo("2017-03-30");
    }

    @Test
    void theDemoDataCarriesTheMessOfRealFiles() {
        assertThat(warehouse.query("select distinct split_part(encoding, ' ', 1) from audit_submission where encoding is not null order by 1"))
                .containsExactly(List.of("UTF-16LE"), List.of("UTF-8"), List.of("Windows-1258"), List.of("XLSX"));
        assertThat(warehouse.count("select count(distinct delimiter) from audit_submission where encoding <> 'XLSX'")).isEqualTo(3);
        // most agencies send Excel workbooks: the review is reproduced through both readers
        assertThat(warehouse.count("select count(*) from audit_submission where encoding = 'XLSX'") * 2)
                .isGreaterThan(warehouse.count("select count(*) from audit_submission"));
        assertThat(warehouse.count("select count(*) from audit_problem where fault_code = 'CCCD_LEADING_ZERO_RESTORED'")).isPositive();
        assertThat(warehouse.query("select file_fault_code from audit_submission where status = 'REJECTED' and file_fault_code is not null order by 1"))
                .containsExactly(List.of("ENCODING_LOST_LETTERS"), List.of("TOTAL_MISMATCH"), List.of("TOTAL_MISMATCH"));
        assertThat(warehouse.count("select count(*) from audit_problem where fault_code = 'PERSON_ID_SCIENTIFIC'")).isEqualTo(1);
        assertThat(warehouse.count("select count(*) from v_submission_status where status = 'REJECTED'")).isZero();
        assertThat(warehouse.count("select count(distinct agency_code) from v_submission_status where status = 'MISSING'")).isEqualTo(7);
        assertThat(warehouse.count("select count(*) from dim_agency")).isEqualTo(708);
    }
}
