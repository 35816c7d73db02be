package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Every row-level fault of contract section 4 is reported with its line, column, value and reason; under the
 * default strict policy one faulty row rejects the whole submission. One run holds a file of each dataset.
 */
class RowFaultsTest {

    @TempDir
    static Path root;
    static TestCity city;

    @BeforeAll
    static void importFaultyFiles() {
        city = new TestCity(root);
        List<List<String>> good = Rosters.roster("SO-YT", 1, 2016, 3, 1);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Csv.of(Csv.ROSTER_HEADINGS).rows(good)
                .row("SO-YT", "2016", "07918500123", "Tên Bốn", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")      // line 5: repaired, a warning
                .row("SO-YT", "2016", "7.91850E+10", "Tên Năm", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")          // 6
                .row("SO-YT", "2016", "12345", "Tên Sáu", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")            // 7
                .row("SO-YT", "2016", Rosters.personId(1, 1), "Tên Bảy", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học") // 8
                .row("SO-YT", "2016", "079185009008", "", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")            // 9
                .row("SO-YT", "2016", "079185009009", "Tên Chín", "1900", "Nữ", "Thủ kho", "Chuyên trách", "Tiến sĩ", "Lưu trữ học")   // 10
                .row("SO-YT", "2016", "079185009010", "Tên Mười", "1985", "Nữ", "Văn thư", "Bán thời gian", "Cao đẳng", ""));         // 11
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "L1", "Lớp đúng", "Bồi dưỡng", "Sơ cấp", "", "", "01/03/2016", "30/04/2016", "1", "2", "0", "0", "0", "0", "")   // 2
                .row("SNV-CCVTLT", "L2", "Ngày sai", "Tập huấn", "", "", "", "31/02/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", "")         // 3
                .row("SNV-CCVTLT", "L3", "Kết thúc trước", "Tập huấn", "", "", "", "05/03/2016", "01/03/2016", "1", "10", "1,5", "0", "0", "0", "") // 4
                .row("SNV-CCVTLT", "L4", "Thiếu trình độ", "Đào tạo", "", "", "", "05/03/2016", "01/06/2016", "1", "10", "0", "0", "0", "0", "")   // 5
                .row("SNV-CCVTLT", "L5", "Sai trình độ", "Bồi dưỡng", "Đại học", "", "", "05/03/2016", "01/06/2016", "1", "10", "0", "0", "0", "0", "") // 6
                .row("SNV-CCVTLT", "L1", "Trùng mã", "Khoá học", "", "", "", "05/03/2016", "01/06/2016", "0", "-3", "0", "0", "0", "0", ""));     // 7
        city.put("SNV-CCVTLT", "SNV-CCVTLT_hoc-vien_2016.csv", Csv.of(Csv.PARTICIPANT_HEADINGS)
                .row("SNV-CCVTLT", "L1", "SO-YT", Rosters.personId(1, 1), Rosters.personName(1, 1), "Hoàn thành")   // 2
                .row("SNV-CCVTLT", "L9", "SO-YT", Rosters.personId(1, 2), Rosters.personName(1, 2), "Hoàn thành")   // 3
                .row("SNV-CCVTLT", "L1", "XX-999", Rosters.personId(1, 3), Rosters.personName(1, 3), "Đỗ"));        // 4
        assertThat(city.runImport()).isZero();
    }

    private List<List<Object>> problems(String fileName) {
        return city.query("select p.line_no, p.column_name, p.fault_code, p.severity from audit_problem p "
                + "join audit_submission s using (submission_id) where s.file_name = '" + fileName + "' "
                + "order by p.line_no, p.column_name, p.fault_code");
    }

    @Test
    void reportsEachRosterFaultByLineAndColumnAndRejectsTheRoster() {
        assertThat(problems("SO-YT_nhan-su_2016.csv")).extracting(r -> tuple(r.get(0), r.get(1), r.get(2), r.get(3)))
                .containsExactly(
                        tuple(5L, "person_id", "CCCD_LEADING_ZERO_RESTORED", "WARNING"),
                        tuple(6L, "person_id", "PERSON_ID_SCIENTIFIC", "ERROR"),
                        tuple(7L, "person_id", "INVALID_PERSON_ID", "ERROR"),
                        tuple(8L, "person_id", "DUPLICATE_PERSON_ID", "ERROR"),
                        tuple(9L, "full_name", "MISSING_VALUE", "ERROR"),
                        tuple(10L, "birth_year", "OUT_OF_RANGE", "ERROR"),
                        tuple(10L, "job_position", "UNKNOWN_CODE", "ERROR"),
                        tuple(11L, "employment", "UNKNOWN_CODE", "ERROR"),
                        tuple(11L, "major", "MAJOR_REQUIRED", "ERROR"));
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("REJECTED");
        assertThat(city.count("select count(*) from fact_staff")).isZero();
    }

    @Test
    void reportsEachTrainingFault() {
        assertThat(problems("SNV-CCVTLT_dao-tao_2016.csv")).extracting(r -> tuple(r.get(0), r.get(1), r.get(2)))
                .containsExactly(
                        tuple(3L, "start_date", "INVALID_DATE"),
                        tuple(4L, "end_date", "END_BEFORE_START"),
                        tuple(4L, "funding_city", "INVALID_NUMBER"),
                        tuple(5L, "level", "LEVEL_REQUIRED"),
                        tuple(6L, "level", "LEVEL_NOT_FOR_CATEGORY"),
                        tuple(7L, "category", "UNKNOWN_CODE"),
                        tuple(7L, "class_code", "DUPLICATE_CLASS_CODE"),
                        tuple(7L, "class_count", "OUT_OF_RANGE"),
                        tuple(7L, "participations", "OUT_OF_RANGE"));
    }

    @Test
    void checksParticipantsAgainstTheRegistryAndTheOrganisersClasses() {
        // dao-tao was rejected, so no class of SNV-CCVTLT exists: every row names an unknown class
        assertThat(problems("SNV-CCVTLT_hoc-vien_2016.csv")).extracting(r -> tuple(r.get(0), r.get(1), r.get(2)))
                .containsExactly(
                        tuple(2L, "class_code", "UNKNOWN_CLASS"),
                        tuple(3L, "class_code", "UNKNOWN_CLASS"),
                        tuple(4L, "class_code", "UNKNOWN_CLASS"),
                        tuple(4L, "participant_agency_code", "UNKNOWN_PARTICIPANT_AGENCY"),
                        tuple(4L, "result", "UNKNOWN_CODE"));
    }

    @Test
    void feedbackNamesFileLineColumnValueReasonAndExpectationWithoutPersonalData() {
        String vi = city.feedback("SO-YT", "vi");
        String en = city.feedback("SO-YT", "en");
        assertThat(vi).contains("SO-YT_nhan-su_2016.csv").contains("| 10 | Vị trí việc làm (job_position) | Thủ kho | Giá trị không thuộc danh mục |")
                .contains("Lãnh đạo phụ trách");
        assertThat(en).contains("| 11 | Chế độ (employment) | Bán thời gian | The value is not one of the accepted values |")
                .contains("| 6 | Số định danh (person_id) | [dạng khoa học / scientific notation] |");
        assertThat(vi + en).doesNotContain("7.91850E+10").doesNotContain("07918500123").doesNotContain("Tên Bốn");
    }
}
