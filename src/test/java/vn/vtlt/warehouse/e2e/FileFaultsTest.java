package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Every file-level fault of contract section 5 rejects the whole file with one clear reason, which reaches the
 * agency's feedback in Vietnamese and English; the other agencies' files are unaffected. One run holds them all.
 */
class FileFaultsTest {

    @TempDir
    static Path root;
    static TestCity city;
    /** Agency → the fault its file must get. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void importAFileOfEachFault() {
        city = new TestCity(root);
        faulty("F-01", "EMPTY_FILE", "F-01_nhan-su_2016.csv", new byte[0]);
        faulty("F-02", "EMPTY_FILE", "F-02_nhan-su_2016.csv", utf8(Csv.of(Csv.ROSTER_HEADINGS).text()));
        List<String> withoutLevel = new ArrayList<>(Csv.ROSTER_HEADINGS);
        withoutLevel.remove("Trình độ");
        faulty("F-03", "MISSING_COLUMN", "F-03_nhan-su_2016.csv", utf8(Csv.of(withoutLevel).row(
                "F-03", "2016", Rosters.personId(3, 1), "Tên", "1980", "Nữ", "Văn thư", "Chuyên trách", "Văn thư").text()));
        faulty("F-04", "AGENCY_MISMATCH", "F-04_nhan-su_2016.csv",
                utf8(Rosters.rosterCsv("F-04", 4, 2016, 2, 1).row(Rosters.roster("SO-YT", 4, 2016, 3, 1).get(2).toArray(String[]::new)).text()));
        city.agency("F-05,Đơn vị F-05,DON_VI_SU_NGHIEP,,,2000-01-01,,");
        city.put("F-05", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 5, 2016, 2, 1));
        EXPECTED.put("F-05", "SOURCE_MISMATCH");
        faulty("F-06", "YEAR_MISMATCH", "F-06_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-06", 6, 2015, 2, 1).text()));
        city.put("SO-CU", "SO-CU_nhan-su_2016.csv", Rosters.rosterCsv("SO-CU", 7, 2016, 2, 1));
        EXPECTED.put("SO-CU", "UNKNOWN_AGENCY");
        faulty("F-08", "TOTAL_MISMATCH", "F-08_dao-tao_2016.csv", utf8(Csv.of(Csv.TRAINING_HEADINGS)
                .row("F-08", "L1", "Tập huấn", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "40", "0", "0", "5.000.000", "0", "")
                .row("Tổng cộng", "", "", "", "", "", "", "", "", "1", "45", "", "", "5.000.000", "", "").text()));
        faulty("F-09", "ENCODING_LOST_LETTERS", "F-09_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-09", 9, 2016, 2, 1).text()
                .replace("Văn thư - Lưu trữ", "V?n th? - L?u tr?")));
        String mojibake = new String(Rosters.rosterCsv("F-10", 10, 2016, 2, 1).text().getBytes(StandardCharsets.UTF_8),
                Charset.forName("windows-1252"));
        faulty("F-10", "ENCODING_GARBLED", "F-10_nhan-su_2016.csv", utf8(mojibake));
        faulty("F-11", "ENCODING_UNREADABLE", "F-11_nhan-su_2016.csv",
                Rosters.rosterCsv("F-11", 11, 2016, 2, 1).text().getBytes(StandardCharsets.UTF_16LE));
        faulty("F-12", "MALFORMED_CSV", "F-12_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-12", 12, 2016, 2, 1).text()
                + "F-12,2016,\"079012000009,Tên,1980,Nữ,Văn thư,Chuyên trách,Đại học,Lưu trữ học\r\n"));
        faulty("F-13", "BAD_FILE_NAME", "bao-cao-nhan-su-2016.csv", utf8(Rosters.rosterCsv("F-13", 13, 2016, 2, 1).text()));
        faulty("F-14", "ROWS_AFTER_TOTAL", "F-14_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-14", 14, 2016, 2, 1)
                .row("Tổng cộng", "", "", "", "", "", "", "", "", "")
                .row(Rosters.roster("F-14", 14, 2016, 3, 1).get(2).toArray(String[]::new)).text()));
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 99, 2016, 4, 2));
        assertThat(city.runImport()).isZero();
    }

    private static void faulty(String agency, String fault, String fileName, byte[] content) {
        if (!agency.equals("SO-CU")) {
            city.agency(agency + ",Đơn vị " + agency + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
        }
        city.put(agency, fileName, content);
        EXPECTED.put(agency, fault);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsEachFaultyFileWholeWithItsReason() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (List<Object> row : city.query("""
                select f.source_agency, s.status, s.file_fault_code
                from audit_submission s join audit_received_file f using (file_id)
                where f.source_agency <> 'SO-YT'""")) {
            assertThat(row.get(1)).as("status of %s", row.get(0)).isEqualTo("REJECTED");
            actual.put((String) row.get(0), (String) row.get(2));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(city.count("select count(*) from fact_staff where agency_code <> 'SO-YT'")).isZero();
    }

    @Test
    void leavesTheOtherAgenciesFilesUnaffected() {
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.count("select count(*) from fact_staff where agency_code = 'SO-YT'")).isEqualTo(4);
    }

    @Test
    void tellsEachAgencyTheReasonInVietnameseAndEnglish() {
        assertThat(city.feedback("F-08", "vi")).contains("BỊ TỪ CHỐI").contains("Dòng tổng cộng không khớp")
                .contains("Số lượt học viên (participations): '45'").contains("40");
        assertThat(city.feedback("F-08", "en")).contains("REJECTED").contains("The total row does not match");
        assertThat(city.feedback("F-03", "en")).contains("A required column is missing").contains("Trình độ (education_level)");
        assertThat(city.feedback("F-09", "en")).contains("Vietnamese letters were lost").contains("line / dòng 2");
        assertThat(city.feedback("F-12", "en")).contains("The CSV structure is broken").contains("line 4");
        assertThat(city.feedback("F-05", "vi")).contains("khác với nguồn gửi");
    }

    @Test
    void listsTheRejectedKeysAsRejectedOrMissingForAnalysts() {
        assertThat(city.status("F-06", "nhan-su", 2016)).isEqualTo("REJECTED");
        assertThat(city.status("SO-CU", "nhan-su", 2016)).isNull();
        assertThat(city.status("Q-774", "nhan-su", 2016)).isEqualTo("MISSING");
    }
}
