package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.TestCity;

/**
 * XLSX submissions through the real job, built the way Excel saves them: a title row merged over the table,
 * IDs and years stored as numbers, a formula with its cached value, dates as date cells and as text, a hidden row,
 * a sheet of notes and a hidden sheet, a damaged workbook; and a workbook of several datasets, one per sheet.
 */
class XlsxSubmissionsTest {

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                cell.setCellValue(values[i].toString());
            }
        }
    }

    private static byte[] roster() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Ghi chú của đơn vị").createRow(0).createCell(0).setCellValue("Điền mỗi người một dòng.");
        Sheet sheet = workbook.createSheet("nhan-su");
        row(sheet, 0, "DANH SÁCH CÔNG CHỨC, VIÊN CHỨC LÀM CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM 2016");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        row(sheet, 2, Csv.ROSTER_HEADINGS.toArray());
        row(sheet, 3, "XL-1", 2016, 179185000001L, "Người một", null, "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học");
        sheet.getRow(3).getCell(4).setCellFormula("1980+5");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(3).getCell(4));
        row(sheet, 4, "XL-1", 2016, 79185000002L, "Người hai", 1986, "Nam", "Lưu trữ", "Kiêm nhiệm", "ĐH", "Luật");
        row(sheet, 5, "XL-1", 2016, "7.9E+10", "Người ba", 1987, "Nam", "Lưu trữ", "Kiêm nhiệm", "ĐH", "Luật");
        row(sheet, 6, "XL-1", 2016, 79185000009L, "Người ẩn", 1988, "Nam", "Lưu trữ", "Kiêm nhiệm", "ĐH", "Luật");
        sheet.getRow(6).setZeroHeight(true);
        row(sheet, 7, "Tổng cộng");
        workbook.createSheet("cũ").createRow(0).createCell(0).setCellValue("bản cũ");
        workbook.setSheetHidden(2, true);
        return bytes(workbook);
    }

    private static byte[] training() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("dao-tao");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        row(sheet, 0, Csv.TRAINING_HEADINGS.toArray());
        row(sheet, 1, "XL-1", 101, "Bồi dưỡng nghiệp vụ lưu trữ", "Bồi dưỡng", "Nghiệp vụ", "Chỉnh lý", "", null, "15/04/2016",
                1, 30, 0, 0, 1_500_000.0, 0, "");
        Cell start = sheet.getRow(1).getCell(7);
        start.setCellValue(LocalDate.of(2016, 3, 1));
        start.setCellStyle(date);
        return bytes(workbook);
    }

    @Test
    void importsWorkbooksAsExcelSavesThem(@TempDir java.nio.file.Path root) throws Exception {
        TestCity city = new TestCity(root).agency("XL-1,Sở có tệp Excel,SO_NGANH,,,2000-01-01,,");
        city.put("XL-1", "XL-1_nhan-su_2016.xlsx", roster());
        city.put("XL-1", "XL-1_dao-tao_2016.xlsx", training());
        city.put("XL-1", "XL-1_hoc-vien_2016.xlsx", "PK\u0003\u0004 not really a workbook".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(city.runImport("--policy", "lenient")).isZero();

        assertThat(city.status("XL-1", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.status("XL-1", "dao-tao", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select file_fault_code from audit_submission where dataset = 'hoc-vien'"))
                .containsExactly(List.of("UNSUPPORTED_FORMAT"));
        assertThat(city.query("select encoding, delimiter from audit_submission where dataset = 'nhan-su'"))
                .containsExactly(List.of("XLSX", "sheet nhan-su"));
        // the formula's cached value; IDs stored as numbers came back whole (the 11-digit one with its 0 restored)
        assertThat(city.query("select birth_year, line_no from fact_staff order by line_no"))
                .containsExactly(List.of(1985L, 4L), List.of(1986L, 5L));
        assertThat(city.query("select line_no, column_name, fault_code, severity from audit_problem "
                + "where submission_id = (select submission_id from audit_submission where dataset = 'nhan-su') order by all"))
                .contains(List.of(5L, "person_id", "CCCD_LEADING_ZERO_RESTORED", "WARNING"),
                        List.of(6L, "person_id", "PERSON_ID_SCIENTIFIC", "ERROR"),
                        java.util.Arrays.asList(7L, null, "HIDDEN_ROW_IGNORED", "WARNING"));
        assertThat(city.query("select fault_code, value from audit_problem where fault_code like '%SHEET_IGNORED' order by 1"))
                .containsExactly(List.of("HIDDEN_SHEET_IGNORED", "cũ"), List.of("OTHER_SHEET_IGNORED", "Ghi chú của đơn vị"));
        // the feedback names the cell the agency sees
        assertThat(city.feedback("XL-1", "en")).contains("| nhan-su!C6 |").contains("| nhan-su!C5 |");
        // a date cell and a date typed as text, a class code and money stored as numbers
        assertThat(city.query("select class_code, start_date_key, end_date_key, participations from fact_training_activity"))
                .containsExactly(List.of("101", 20160301L, 20160415L, 30L));
        assertThat(city.query("select funding_source, amount_vnd from fact_training_funding"))
                .containsExactly(List.of("AGENCY", 1_500_000L));
    }

    @Test
    void aWorkbookOfSeveralDatasetsIsOneSubmissionPerSheet(@TempDir java.nio.file.Path root) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet staff = workbook.createSheet("nhan-su");
        row(staff, 0, Csv.ROSTER_HEADINGS.toArray());
        row(staff, 1, "XL-3", 2016, "079185000031", "Người một", 1985, "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học");
        row(staff, 2, "XL-3", 2016, "079185000032", "Người hai", 1986, "Nam", "Lưu trữ", "Kiêm nhiệm", "Cao đẳng", "Luật");
        Sheet classes = workbook.createSheet("dao-tao");
        row(classes, 0, Csv.TRAINING_HEADINGS.toArray());
        row(classes, 1, "XL-3", "SC-1", "Sơ cấp lưu trữ", "Bồi dưỡng", "Sơ cấp", "", "", "01/03/2016", "30/04/2016", 1, 2, 0, 0, 0, 0, "");
        Sheet list = workbook.createSheet("hoc-vien");
        row(list, 0, Csv.PARTICIPANT_HEADINGS.toArray());
        row(list, 1, "XL-3", "SC-1", "XL-3", "079185000031", "Người một", "Hoàn thành");
        row(list, 2, "XL-3", "SC-1", "XL-3", "079185000032", "Người hai", "Hoàn thành");
        workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("ghi chú");
        TestCity city = new TestCity(root).agency("XL-3,Sở gửi một tệp,SO_NGANH,,,2000-01-01,,");
        city.put("XL-3", "XL-3_2016_bao-cao.xlsx", bytes(workbook));

        assertThat(city.runImport()).isZero();
        assertThat(city.runImport("--full")).isZero();

        assertThat(city.query("select file_name, status from audit_submission order by dataset"))
                .containsExactly(List.of("XL-3_2016_bao-cao.xlsx [dao-tao]", "ACCEPTED"),
                        List.of("XL-3_2016_bao-cao.xlsx [hoc-vien]", "ACCEPTED"),
                        List.of("XL-3_2016_bao-cao.xlsx [nhan-su]", "ACCEPTED"));
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(2);
        assertThat(city.count("select count(*) from fact_participation")).isEqualTo(2);
        assertThat(city.count("select count(*) from audit_received_file")).isEqualTo(3);
        assertThat(city.query("select distinct value from audit_problem where fault_code = 'OTHER_SHEET_IGNORED'"))
                .containsExactly(List.of("Ghi chú"));
        assertThat(city.feedback("XL-3", "vi")).contains("XL-3_2016_bao-cao.xlsx [hoc-vien]");
    }
}
