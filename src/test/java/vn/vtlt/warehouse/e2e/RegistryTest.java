package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/** The agency registry as a slowly changing dimension (type 2), and a faulty registry changing nothing. */
class RegistryTest {

    private static void registry(TestCity city, String... rows) throws Exception {
        Files.writeString(city.registry, TestCity.REGISTRY_HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void keepsEachVersionOfAnAgencyAndFactsReferToTheVersionOfTheirYear(@TempDir Path root) throws Exception {
        // given District 2 as it was, with a roster for 2015
        TestCity city = new TestCity(root);
        registry(city, "Q-769,UBND Quận 2,QUAN_HUYEN,Quận 2,,2000-01-01,,");
        city.put("Q-769", "Q-769_nhan-su_2015.csv", Rosters.rosterCsv("Q-769", 1, 2015, 2, 1));
        city.runImport();

        // when the registry closes that version and opens a renamed one, and a 2016 roster arrives
        registry(city, "Q-769,UBND Quận 2,QUAN_HUYEN,Quận 2,,2000-01-01,2015-12-31,",
                "Q-769,UBND Quận 2 (tên mới),QUAN_HUYEN,Quận 2,UBND-TP,2016-01-01,,");
        city.put("Q-769", "Q-769_nhan-su_2016.csv", Rosters.rosterCsv("Q-769", 1, 2016, 3, 1));
        city.runImport();

        // then
        assertThat(city.query("""
                select agency_name, cast(valid_from as varchar), cast(valid_to as varchar), superseded_at is not null
                from dim_agency order by agency_key"""))
                .containsExactly(
                        Arrays.asList("UBND Quận 2", "2000-01-01", null, true),
                        Arrays.asList("UBND Quận 2", "2000-01-01", "2015-12-31", false),
                        Arrays.asList("UBND Quận 2 (tên mới)", "2016-01-01", null, false));
        assertThat(city.query("""
                select f.snapshot_year, a.agency_name, count(*) from fact_staff f join dim_agency a using (agency_key)
                group by all order by 1"""))
                .containsExactly(List.of(2015L, "UBND Quận 2", 2L), List.of(2016L, "UBND Quận 2 (tên mới)", 3L));
    }

    @Test
    void participationsReferToTheVersionOfTheParticipantsAgencyInForceInTheirYear(@TempDir Path root) throws Exception {
        // given District 2 renamed from 2016, and an organiser's classes and lists of 2015 and 2016 naming its staff
        // (the organiser's version begins after District 2's first: a lookup that lost the code would pick it for 2015)
        TestCity city = new TestCity(root);
        registry(city, "SNV-CCVTLT,Chi cục Văn thư - Lưu trữ,SO_NGANH,,,2010-01-01,,",
                "Q-769,UBND Quận 2,QUAN_HUYEN,Quận 2,,2000-01-01,2015-12-31,",
                "Q-769,UBND Quận 2 (tên mới),QUAN_HUYEN,Quận 2,UBND-TP,2016-01-01,,");
        for (int year : new int[] {2015, 2016}) {
            int person = year - 2014;  // other persons each year: two files of the same bytes would be one file's copies
            city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_" + year + ".csv", Csv.of(Csv.TRAINING_HEADINGS).row("SNV-CCVTLT",
                    "TH-1", "Tập huấn", "Tập huấn", "", "", "", "01/03/" + year, "01/03/" + year, "1", "2", "1.000.000", "0",
                    "0", "0", ""));
            city.put("SNV-CCVTLT", "SNV-CCVTLT_hoc-vien_" + year + ".csv", Csv.of(Csv.PARTICIPANT_HEADINGS)
                    .row("SNV-CCVTLT", "TH-1", "Q-769", Rosters.personId(person, 1), Rosters.personName(person, 1),
                            "Hoàn thành")
                    .row("SNV-CCVTLT", "TH-1", "Q-769", Rosters.personId(person, 2), Rosters.personName(person, 2),
                            "Hoàn thành"));
        }

        // when both years' lists are loaded in one run
        assertThat(city.runImport()).isZero();

        // then each year's participations refer to the version of Q-769 in force in that year
        assertThat(city.query("""
                select f.report_year, a.agency_name, count(*)
                from fact_participation f join dim_agency a on a.agency_key = f.participant_agency_key
                group by all order by 1"""))
                .containsExactly(List.of(2015L, "UBND Quận 2", 2L), List.of(2016L, "UBND Quận 2 (tên mới)", 2L));
    }

    @Test
    void aRegistryWithAFaultStopsTheRunAndChangesNothing(@TempDir Path root) throws Exception {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 2, 1));
        registry(city, "SO-YT,Sở Y tế,SO_NGANH,,,2000-01-01,,", "Q 1,Quận 1,QUAN,,,01/13/2000,,ftp://x");

        assertThat(city.runImport()).isEqualTo(1);

        assertThat(city.count("select count(*) from dim_agency")).isZero();
        assertThat(city.count("select count(*) from audit_received_file")).isZero();
        assertThat(city.query("select status from audit_run")).containsExactly(List.of("FAILED"));
    }
}
