package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/** Policies, versions of a submission, and reruns (contract sections 2 and 5). */
class PoliciesAndVersionsTest {

    private static Csv rosterWithOneBadRow(String agency, int number) {
        return Rosters.rosterCsv(agency, number, 2016, 4, 2)
                .row(agency, "2016", "079999000001", "Tên Lỗi", "1980", "Nữ", "Văn thư", "Chuyên trách", "Tiến sỹ giấy", "Lưu trữ học");
    }

    @Test
    void strictPolicyRejectsTheWholeSubmissionForOneFaultyRow(@TempDir Path root) {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", rosterWithOneBadRow("SO-YT", 1));

        city.runImport();

        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("REJECTED");
        assertThat(city.count("select count(*) from fact_staff")).isZero();
        assertThat(city.query("select rows_loaded, rows_rejected from v_submission_status where agency_code = 'SO-YT'"))
                .containsExactly(List.of(0L, 1L));
    }

    @Test
    void lenientPolicyLoadsTheValidRowsAndQuarantinesTheFaultyOnes(@TempDir Path root) {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", rosterWithOneBadRow("SO-YT", 1));

        city.runImport("--policy", "lenient");

        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(4);
        assertThat(city.query("select line_no, column_name, value, fault_code from audit_problem where severity = 'ERROR'"))
                .containsExactly(List.of(6L, "education_level", "Tiến sỹ giấy", "UNKNOWN_CODE"));
        assertThat(city.query("select rows_loaded, rows_rejected from v_submission_status where agency_code = 'SO-YT'"))
                .containsExactly(List.of(4L, 1L));
    }

    @Test
    void aNewerFileReplacesTheAcceptedVersionWholeAndARejectedOneKeepsIt(@TempDir Path root) {
        // given an accepted roster of 3
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        city.runImport();

        // when a corrected roster of 5 arrives, then a faulty one
        city.put("SO-YT", "SO-YT_nhan-su_2016_bo-sung.csv", Rosters.rosterCsv("SO-YT", 2, 2016, 5, 5));
        city.runImport();
        assertThat(city.query("select total_staff, vtlt_qualified from v_staffing_summary")).containsExactly(List.of(5L, 5L));
        city.put("SO-YT", "SO-YT_nhan-su_2016_lan-3.csv", rosterWithOneBadRow("SO-YT", 3));
        city.runImport();

        // then the version of 5 stays current, and each file's fate is on record
        assertThat(city.query("select total_staff, vtlt_qualified from v_staffing_summary")).containsExactly(List.of(5L, 5L));
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select file_name, status, is_current from audit_submission order by submission_id"))
                .containsExactly(
                        List.of("SO-YT_nhan-su_2016.csv", "SUPERSEDED", false),
                        List.of("SO-YT_nhan-su_2016_bo-sung.csv", "ACCEPTED", true),
                        List.of("SO-YT_nhan-su_2016_lan-3.csv", "REJECTED", false));
        assertThat(city.count("select count(distinct submission_id) from fact_staff")).isEqualTo(1);
    }

    @Test
    void anOlderFileArrivingLaterDoesNotReplaceTheCurrentVersion(@TempDir Path root) {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016_b.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).bytes(LegacyEncodings.UTF8), Instant.parse("2017-02-01T00:00:00Z"));
        city.runImport();

        city.put("SO-YT", "SO-YT_nhan-su_2016_a.csv", Rosters.rosterCsv("SO-YT", 2, 2016, 7, 1).bytes(LegacyEncodings.UTF8), Instant.parse("2017-01-01T00:00:00Z"));
        city.runImport();

        assertThat(city.count("select total_staff from v_staffing_summary")).isEqualTo(3);
        assertThat(city.query("select status from audit_submission where file_name = 'SO-YT_nhan-su_2016_a.csv'"))
                .containsExactly(List.of("SUPERSEDED"));
        assertThat(city.feedback("SO-YT", "en")).contains("A newer file of the same agency, dataset and year is current");
    }

    @Test
    void aRerunOnUnchangedSourcesAndAnIdenticalFileUnderAnotherNameChangeNothing(@TempDir Path root) throws Exception {
        // given
        TestCity city = new TestCity(root);
        Path roster = city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "TH-1", "Tập huấn", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "40", "5.000.000", "0", "0", "0", ""));
        city.runImport();
        List<List<Object>> before = city.query("select * from v_staffing_summary, v_training_summary, v_funding_summary");

        // when the same sources are pulled again, with a copy of a file under another name
        city.put("SO-YT", "SO-YT_nhan-su_2016_copy.csv", Files.readAllBytes(roster));
        assertThat(city.runImport()).isZero();

        // then
        assertThat(city.query("select * from v_staffing_summary, v_training_summary, v_funding_summary")).isEqualTo(before);
        assertThat(city.count("select count(*) from audit_received_file")).isEqualTo(2);
        assertThat(city.count("select count(*) from audit_submission")).isEqualTo(2);
        assertThat(city.count("select count(*) from audit_run where status = 'COMPLETED'")).isEqualTo(2);
    }

    @Test
    void aClassReportedAgainInALaterYearCountsOnceInItsStartYear(@TempDir Path root) {
        TestCity city = new TestCity(root);
        String[] intermediate2014 = {"SNV-CCVTLT", "TC-VLVH-1", "Trung cấp VTLT VLVH", "Đào tạo", "Trung cấp", "", "Trường Trung cấp VTLT TW",
                "01/09/2014", "30/06/2016", "1", "60", "500.000.000", "0", "0", "0", ""};
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2014.csv", Csv.of(Csv.TRAINING_HEADINGS).row(intermediate2014));
        String[] again2016 = intermediate2014.clone();
        again2016[10] = "58";
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS).row(again2016));

        city.runImport();

        assertThat(city.query("select year, classes, participations from v_training_summary"))
                .containsExactly(List.of(2014L, 1L, 58L));
        assertThat(city.query("select year, amount_vnd from v_funding_summary")).containsExactly(List.of(2014L, 500_000_000L));
    }

    @Test
    void aClassListMustAddUpToTheClassParticipationsAndCorrectedPairsLoadTogether(@TempDir Path root) {
        // given a class of 2 participations and a list of 3
        TestCity city = new TestCity(root);
        Csv classes = Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "SC-1", "Sơ cấp VTLT", "Bồi dưỡng", "SC", "", "", "01/03/2016", "30/04/2016", "1", "2", "0", "0", "0", "0", "");
        Csv list = Csv.of(Csv.PARTICIPANT_HEADINGS);
        for (int i = 1; i <= 3; i++) {
            list.row("SNV-CCVTLT", "SC-1", "SO-YT", Rosters.personId(1, i), Rosters.personName(1, i), "Hoàn thành");
        }
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", classes);
        city.put("SNV-CCVTLT", "SNV-CCVTLT_hoc-vien_2016.csv", list);
        city.runImport();
        assertThat(city.status("SNV-CCVTLT", "hoc-vien", 2016)).isEqualTo("REJECTED");
        assertThat(city.query("select line_no, value, fault_code, expected from audit_problem"))
                .containsExactly(List.of(2L, "SC-1", "PARTICIPANT_COUNT_MISMATCH", "2 (dao-tao), 3 (hoc-vien)"));

        // when the organiser corrects the class to 3 participations
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016_sua.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "SC-1", "Sơ cấp VTLT", "Bồi dưỡng", "SC", "", "", "01/03/2016", "30/04/2016", "1", "3", "0", "0", "0", "0", ""));
        // (an identical list would be skipped as already received: the organiser sends it again, re-exported)
        city.put("SNV-CCVTLT", "SNV-CCVTLT_hoc-vien_2016_sua.csv", list.delimiter(';'));
        city.runImport();

        // then both load
        assertThat(city.status("SNV-CCVTLT", "dao-tao", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.status("SNV-CCVTLT", "hoc-vien", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.count("select count(*) from fact_participation")).isEqualTo(3);
    }
}
