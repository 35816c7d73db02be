package vn.vtlt.warehouse.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * v_submission_timeliness and v_reporting_rate against a small city computed by hand: rosters of 2016, due by
 * 15/01/2017 (the default calendar), one extension granted in a calendar file; two runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessViewsTest {

    private TestCity city;

    @BeforeAll
    void importTheCity(@TempDir Path root) throws Exception {
        // given a registry with history: a ward created in the middle of 2016, a department closed in the middle
        // of 2016, one closed in 2014 and a ward created in 2017 (the last three owe nothing for 2016)
        city = new TestCity(root);
        Files.writeString(city.registry, """
                code,name,agency_type,district,parent_code,valid_from,valid_to,source,email
                SNV-CCVTLT,Chi cục Văn thư - Lưu trữ,CHI_CUC,,,2000-01-01,,,vanthu@snv.example.vn
                SO-YT,Sở Y tế,SO_NGANH,,,2000-01-01,,,a@soyt.example.vn; b@soyt.example.vn
                Q-774,UBND Quận 8,QUAN_HUYEN,Quận 8,,2000-01-01,,,
                Q-760,UBND Quận 1,QUAN_HUYEN,Quận 1,,2000-01-01,,,
                P-NEW,UBND Phường Mới,PHUONG_XA,Quận 1,Q-760,2016-07-01,,,
                SO-DONG,Sở giải thể giữa năm,SO_NGANH,,,2000-01-01,2016-06-30,,
                SO-CU,Sở đã giải thể,SO_NGANH,,,2000-01-01,2014-12-31,,
                P-2017,UBND Phường 2017,PHUONG_XA,Quận 8,Q-774,2017-03-01,,,
                """, StandardCharsets.UTF_8);
        // and Q-760 granted until 28/02/2017
        Path calendar = root.resolve("reporting-calendar.yml");
        Files.writeString(calendar, """
                vtlt:
                  calendar:
                    today: 2017-03-01
                    extensions:
                      - agency: Q-760
                        dataset: nhan-su
                        year: 2016
                        deadline: 2017-02-28
                        reason: "Sáp nhập phòng Nội vụ / merger"
                """);
        // SO-YT on time; Q-774 on time but rejected, corrected after the deadline; Q-760 after the default deadline
        // but within its extension; P-NEW on time; SNV-CCVTLT nothing
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8),
                Instant.parse("2017-01-10T03:00:00Z"));
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Csv.of(Csv.ROSTER_HEADINGS)
                .row("Q-774", "2016", "079185000001", "Tên", "1985", "Nữ", "Thủ kho", "Chuyên trách", "ĐH", "Luật")
                .bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8), Instant.parse("2017-01-14T03:00:00Z"));
        city.put("Q-774", "Q-774_nhan-su_2016_sua.csv", Rosters.rosterCsv("Q-774", 2, 2016, 2, 1)
                .bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8), Instant.parse("2017-01-20T03:00:00Z"));
        city.put("Q-760", "Q-760_nhan-su_2016.csv", Rosters.rosterCsv("Q-760", 3, 2016, 2, 2)
                .bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8), Instant.parse("2017-02-01T03:00:00Z"));
        // arriving at 23:59 in Ho Chi Minh City on the deadline's day is on time
        city.put("P-NEW", "P-NEW_nhan-su_2016.csv", Rosters.rosterCsv("P-NEW", 4, 2016, 1, 1)
                .bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8), Instant.parse("2017-01-15T16:59:00Z"));
        // and two organisers' training files, due by 31/01/2017: SO-YT's on time, Q-774's three days late
        city.put("SO-YT", "SO-YT_dao-tao_2016.csv", training("SO-YT"), Instant.parse("2017-01-25T03:00:00Z"));
        city.put("Q-774", "Q-774_dao-tao_2016.csv", training("Q-774"), Instant.parse("2017-02-03T03:00:00Z"));
        String calendarOption = "--spring.config.additional-location=file:" + calendar;
        assertThat(city.runImport(calendarOption)).isZero();
        // when SO-YT sends the same roster again, later
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8),
                Instant.parse("2017-02-20T03:00:00Z"));
        assertThat(city.runImport(calendarOption, "--full")).isZero();
    }

    @Test
    void judgesEachOwedKeyByItsFirstAcceptedFileAgainstItsDeadline() {
        // then one row per owed roster, none for the agencies not in force on 31/12/2016
        assertThat(city.analytics("""
                select agency_code, cast(deadline as varchar), coalesce(strftime(first_received_at, '%Y-%m-%d %H:%M'), ''),
                    coalesce(strftime(accepted_at, '%Y-%m-%d %H:%M'), ''), timeliness
                from v_submission_timeliness where year = 2016 and dataset = 'nhan-su' order by agency_code"""))
                .containsExactly(
                        List.of("P-NEW", "2017-01-15", "2017-01-15 16:59", "2017-01-15 16:59", "ON_TIME"),
                        List.of("Q-760", "2017-02-28", "2017-02-01 03:00", "2017-02-01 03:00", "ON_TIME"),
                        List.of("Q-774", "2017-01-15", "2017-01-14 03:00", "2017-01-20 03:00", "LATE"),
                        List.of("SNV-CCVTLT", "2017-01-15", "", "", "MISSING"),
                        // the resend did not move the arrival
                        List.of("SO-YT", "2017-01-15", "2017-01-10 03:00", "2017-01-10 03:00", "ON_TIME"));
    }

    @Test
    void owesTrainingFilesOnlyFromTheOrganisersThatSentThemWithTheirOwnDeadline() {
        assertThat(city.analytics("""
                select agency_code, cast(deadline as varchar), timeliness
                from v_submission_timeliness where year = 2016 and dataset = 'dao-tao' order by agency_code"""))
                .containsExactly(List.of("Q-774", "2017-01-31", "LATE"), List.of("SO-YT", "2017-01-31", "ON_TIME"));
        assertThat(city.analytics("""
                select expected, accepted, on_time, late, missing, reporting_rate_pct, on_time_pct
                from v_reporting_rate where year = 2016 and dataset = 'dao-tao' and agency_type is null and district is null"""))
                .containsExactly(List.of(2L, 2L, 1L, 1L, 0L, pct("100.00"), pct("50.00")));
    }

    @Test
    void countsRatesForTheCityByTypeAndByDistrictOverTheAgenciesThatOwedTheKey() {
        assertThat(city.analytics("""
                select coalesce(agency_type, ''), coalesce(district, ''), expected, accepted, on_time, late, missing, reporting_rate_pct, on_time_pct
                from v_reporting_rate where year = 2016 and dataset = 'nhan-su'"""))
                .containsExactly(
                        List.of("", "", 5L, 4L, 3L, 1L, 1L, pct("80.00"), pct("60.00")),
                        List.of("", "Quận 1", 2L, 2L, 2L, 0L, 0L, pct("100.00"), pct("100.00")),
                        List.of("", "Quận 8", 1L, 1L, 0L, 1L, 0L, pct("100.00"), pct("0.00")),
                        List.of("CHI_CUC", "", 1L, 0L, 0L, 0L, 1L, pct("0.00"), pct("0.00")),
                        List.of("PHUONG_XA", "", 1L, 1L, 1L, 0L, 0L, pct("100.00"), pct("100.00")),
                        List.of("QUAN_HUYEN", "", 2L, 2L, 1L, 1L, 0L, pct("100.00"), pct("50.00")),
                        List.of("SO_NGANH", "", 1L, 1L, 1L, 0L, 0L, pct("100.00"), pct("100.00")));
    }

    @Test
    void keepsTheRegistrysAddressesAndTheCalendarFilesExtension() {
        assertThat(city.analytics("select agency_code, address from agency_email order by all")).containsExactly(
                List.of("SNV-CCVTLT", "vanthu@snv.example.vn"), List.of("SO-YT", "a@soyt.example.vn"),
                List.of("SO-YT", "b@soyt.example.vn"));
        assertThat(city.analytics("select agency_code, dataset, report_year, reason from calendar_extension"))
                .containsExactly(List.of("Q-760", "nhan-su", 2016L, "Sáp nhập phòng Nội vụ / merger"));
    }

    @Test
    void statusGivesTheRatesTheLateAndMissingKeysAndTheAgenciesWithoutAddress() {
        // when an operator asks for the status of 2016
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            vn.vtlt.warehouse.cli.VtltWarehouse.execute(new String[] {"status", "--year", "2016", "--home", city.home.toString()});
        } finally {
            System.setOut(original);
        }
        // then it gives the rates, each key not on time with its deadline and days late, and who has no address
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("  nhan-su   expected 5, accepted 4 (80.00 %), on time 3 (60.00 %), late 1, missing 1\n")
                .contains("  LATE     Q-774        nhan-su   deadline 2017-01-15, 5 day(s) late\n")
                .contains("  MISSING  SNV-CCVTLT   nhan-su   deadline 2017-01-15, 45 day(s) late\n")
                .contains("  LATE     Q-774        dao-tao   deadline 2017-01-31, 3 day(s) late\n")
                .contains("Unreachable by e-mail (no email in the registry): 3 agency(ies): P-NEW, Q-760, Q-774\n");
    }

    @Test
    void reviewReportGivesEachYearsReportingRate() throws Exception {
        // when the review of 2016 is written as CSV, in English
        Path out = city.home.resolve("review-2016.csv");
        assertThat(vn.vtlt.warehouse.cli.VtltWarehouse.execute(new String[] {"report", "--from", "2016", "--to", "2016",
                "--format", "csv", "--lang", "en", "--out", out.toString(), "--home", city.home.toString()})).isZero();
        // then its reporting-rate table has the year's rates
        assertThat(Files.readString(out)).contains("reporting_rate,1,Year,2016\r\n", "reporting_rate,1,Dataset,dao-tao\r\n",
                "reporting_rate,1,On-time rate,50.00\r\n", "reporting_rate,2,Dataset,nhan-su\r\n",
                "reporting_rate,2,Expected,5\r\n", "reporting_rate,2,Reporting rate,80.00\r\n",
                "reporting_rate,2,On-time rate,60.00\r\n");
    }

    @Test
    void checkRefusesARegistryWhoseEmailIsNotAnAddress(@TempDir Path other) throws Exception {
        // given a registry whose SO-YT gives a name where an address belongs
        TestCity broken = new TestCity(other);
        Files.writeString(broken.registry, """
                code,name,agency_type,district,parent_code,valid_from,valid_to,source,email
                SO-YT,Sở Y tế,SO_NGANH,,,2000-01-01,,,vanthu@soyt.example.vn; Phòng Văn thư
                """, StandardCharsets.UTF_8);
        // when the operator checks it, with the calendar file the project ships
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = vn.vtlt.warehouse.cli.VtltWarehouse.execute(new String[] {"check", "--registry", broken.registry.toString(),
                    "--inbox", broken.inbox.toString(), "--home", broken.home.toString(), TestCity.PERSON_KEY_OPTION,
                    "--spring.config.additional-location=file:" + Path.of("jobs/reporting-calendar.yml").toAbsolutePath()});
        } finally {
            System.setOut(original);
        }
        // then it names the line, the column, the value and what is expected
        assertThat(exit).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("agencies.csv line 2, column email: 'Phòng Văn thư', expected e-mail addresses separated by ;");
    }

    /** One training session organised by the agency in 2016. */
    private static byte[] training(String agency) {
        return Csv.of(Csv.TRAINING_HEADINGS).row(agency, "TH-1", "Tập huấn", "Tập huấn", "", "", "", "01/03/2016",
                "01/03/2016", "1", "40", "9.000.000", "0", "0", "0", "").bytes(vn.vtlt.warehouse.demo.LegacyEncodings.UTF8);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
