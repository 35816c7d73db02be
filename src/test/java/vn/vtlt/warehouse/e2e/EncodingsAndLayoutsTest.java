package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Every encoding and delimiter of contract section 3, NFD text, English headings and title rows, through the real
 * job: each roster holds 3 staff of whom 2 are VTLT-qualified, which the warehouse only finds if every Vietnamese
 * word ("Trung cấp", "Văn thư - Lưu trữ") was decoded and matched right.
 */
class EncodingsAndLayoutsTest {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    @Test
    void loadsEveryEncodingAndDelimiterAlike(@TempDir Path root) {
        // given
        TestCity city = new TestCity(root);
        int number = 0;
        for (LegacyEncodings encoding : LegacyEncodings.values()) {
            for (char delimiter : DELIMITERS) {
                number++;
                String agency = "E-" + number;
                city.agency(agency + ",Đơn vị thử " + number + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
                Csv roster = Rosters.rosterCsv(agency, number, 2016, 3, 2).delimiter(delimiter);
                city.put(agency, agency + "_nhan-su_2016.csv", roster.bytes(encoding));
            }
        }

        // when
        int exit = city.runImport();

        // then
        assertThat(exit).isZero();
        List<List<Object>> outcomes = city.query("""
                select s.agency_code, s.status, s.encoding, s.delimiter, count(f.person_key),
                       count(*) filter (where f.is_vtlt_major and f.education_level = 'TRUNG_CAP')
                from audit_submission s left join fact_staff f using (submission_id)
                group by s.agency_code, s.status, s.encoding, s.delimiter
                order by cast(substr(s.agency_code, 3) as integer)""");
        assertThat(outcomes).hasSize(12);
        int row = 0;
        for (LegacyEncodings encoding : LegacyEncodings.values()) {
            for (char delimiter : DELIMITERS) {
                List<Object> outcome = outcomes.get(row++);
                assertThat(outcome.get(1)).as("%s %s", encoding, delimiter).isEqualTo("ACCEPTED");
                assertThat((String) outcome.get(2)).startsWith(switch (encoding) {
                    case UTF8 -> "UTF-8";
                    case UTF8_BOM -> "UTF-8 (BOM)";
                    case UTF16LE_BOM -> "UTF-16LE";
                    case WINDOWS_1258 -> "Windows-1258";
                });
                assertThat(outcome.get(3)).isEqualTo(switch (delimiter) {
                    case ',' -> "comma";
                    case ';' -> "semicolon";
                    default -> "tab";
                });
                assertThat(((Number) outcome.get(4)).longValue()).isEqualTo(3);
                assertThat(((Number) outcome.get(5)).longValue()).isEqualTo(2);
            }
        }
        assertThat(city.query("select * from v_staffing_summary"))
                .containsExactly(List.of(2016L, 36L, 24L, new java.math.BigDecimal("66.67")));
    }

    @Test
    void readsNfdTextEnglishHeadingsTitleRowsAndReorderedColumns(@TempDir Path root) {
        // given: a macOS (NFD) roster, and an English-headed roster saved from a sheet with title rows and an extra column
        TestCity city = new TestCity(root);
        String nfd = Normalizer.normalize(Rosters.rosterCsv("SO-YT", 1, 2016, 4, 3).text(), Normalizer.Form.NFD);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", nfd.getBytes(StandardCharsets.UTF_8));
        Csv english = Csv.of(List.of("BÁO CÁO ĐỘI NGŨ VĂN THƯ LƯU TRỮ NĂM 2016", "", "", "", "", "", "", "", "", "", ""))
                .row("", "", "", "", "", "", "", "", "", "", "")
                .row("STT", "Education_Level", "major", "AGENCY_CODE", "report_year", "person_id", "full_name",
                        "job_position", "employment", "gender", "birth_year")
                .row("1", "TC", "Lưu trữ", "Q-774", "2016", Rosters.personId(2, 1), Rosters.personName(2, 1),
                        "Văn thư - Lưu trữ", "Chuyên trách", "Nữ", "1980")
                .row("2", "ThS", "Lưu Trữ Học", "Q-774", "2016", Rosters.personId(2, 2), Rosters.personName(2, 2),
                        "Lãnh đạo phụ trách", "Kiêm nhiệm", "Nam", "1975");
        city.put("Q-774", "Q-774_nhan-su_2016_ban-sua.csv", english);

        // when
        city.runImport();

        // then
        assertThat(city.query("select * from v_staffing_summary"))
                .containsExactly(List.of(2016L, 6L, 5L, new java.math.BigDecimal("83.33")));
        assertThat(city.query("select major from fact_staff where agency_code = 'SO-YT' and is_vtlt_major limit 1").get(0).get(0))
                .isEqualTo("Văn thư - Lưu trữ");
        assertThat(city.feedback("Q-774", "en")).contains("A column the contract does not know was ignored").contains("STT");
    }

    @Test
    void checksAndSkipsTotalRowsAndBlankRowsAndReadsVietnameseNumbersAndDates(@TempDir Path root) {
        // given
        TestCity city = new TestCity(root);
        Csv training = Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "TC-01", "Trung cấp VTLT khoá 1", "Đào tạo", "TC", "", "Trường Trung cấp VTLT TW",
                        "2014-09-01", "30/6/2016", "1", "60", "1.250.000", "1 000 000", "0", "", "")
                .row("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "")
                .row("SNV-CCVTLT", "BD-01", "Bồi dưỡng lập hồ sơ", "Bồi dưỡng", "Nghiệp vụ", "Lập hồ sơ", "",
                        "05/10/2014", "07/10/2014", "2", "78", "30000000", "", "", "", "")
                .row("Tổng cộng", "", "", "", "", "", "", "", "", "3", "138", "31.250.000", "1.000.000", "", "", "");
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", training.delimiter(';'));

        // when
        city.runImport();

        // then
        assertThat(city.query("select category, level, classes, participations from v_training_summary where year = 2014"))
                .containsExactly(List.of("BOI_DUONG", "NGHIEP_VU", 2L, 78L), List.of("DAO_TAO", "TRUNG_CAP", 1L, 60L));
        assertThat(city.query("select funding_source, amount_vnd from v_funding_summary"))
                .containsExactly(List.of("CITY", 31_250_000L), List.of("DISTRICT", 1_000_000L));
        assertThat(city.count("select rows_read from audit_submission")).isEqualTo(2);
    }
}
