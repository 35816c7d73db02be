package vn.vtlt.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.bench.BenchData;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Issue 15: a submission larger than DuckDB's memory loads by spilling to its temporary folder, and one that still
 * cannot be loaded within the configured resources is rejected alone while the run completes. DuckDB is given 64MB,
 * a quarter of its default, so that a participant list of 250,000 rows (14 MB) stands for the 2,000,000 rows
 * at 256MB, in seconds (before the loader was reshaped it failed at this limit). The second run also caps the
 * temporary disk (16MB, where the list spills over 100 MiB) and receives the same list sent again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSubmissionTest {

    private static final String MEMORY_LIMIT = "--vtlt.duckdb.memory-limit=64MB";
    private static final int CLASSES = 5;
    private static final int PER_CLASS = 50_000;

    private TestCity city;
    private int firstExitCode;
    private int secondExitCode;

    @BeforeAll
    void importALargeListThenItsNewVersionWithTooLittleTemporaryDisk(@TempDir Path root) throws IOException {
        // given: the organiser B-1 sends 5 classes of 50,000 participations, SO-YT a small roster
        city = new TestCity(root.resolve("city")).agency("B-1,Đơn vị thử nghiệm 1,DON_VI_SU_NGHIEP,,,2000-01-01,,");
        Path generated = BenchData.write(new BenchData.Shape("large list", 1, 0, CLASSES, PER_CLASS),
                root.resolve("generated")).inbox().resolve("B-1");
        city.put("B-1", "B-1_dao-tao_2016.csv", Files.readAllBytes(generated.resolve("B-1_dao-tao_2016.csv")));
        byte[] list = Files.readAllBytes(generated.resolve("B-1_hoc-vien_2016.csv"));
        city.put("B-1", "B-1_hoc-vien_2016.csv", list);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 2));

        // when: imported at 64MB; then the list again (one more blank line: new bytes) and Q-774's roster, with
        // 16MB of temporary disk
        firstExitCode = city.runImport(MEMORY_LIMIT);
        byte[] again = new byte[list.length + 2];
        System.arraycopy(list, 0, again, 0, list.length);
        again[list.length] = '\r';
        again[list.length + 1] = '\n';
        city.put("B-1", "B-1_hoc-vien_2016.csv", again);
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Rosters.rosterCsv("Q-774", 2, 2016, 3, 1));
        secondExitCode = city.runImport(MEMORY_LIMIT, "--vtlt.duckdb.max-temp-size=16MB");
    }

    @Test
    void aParticipantListLargerThanDuckDbsMemoryIsLoadedWhole() {
        // then
        assertThat(firstExitCode).isZero();
        assertThat(city.query("select status, rows_loaded from audit_submission "
                + "where agency_code = 'B-1' and dataset = 'hoc-vien' order by submission_id"))
                .first().isEqualTo(List.of("ACCEPTED", (long) CLASSES * PER_CLASS));
    }

    @Test
    void aListThatCannotBeLoadedWithinTheResourcesIsRejectedAloneNamingTheSettings() {
        // then
        assertThat(secondExitCode).isZero();
        assertThat(city.query("select status, file_fault_code from audit_submission "
                + "where agency_code = 'B-1' and dataset = 'hoc-vien' order by submission_id"))
                .containsExactly(Arrays.asList("ACCEPTED", null), List.of("REJECTED", "RESOURCE_LIMIT"));
        assertThat(city.feedback("B-1", "en")).contains("the database could not load this file")
                .contains("vtlt.duckdb.memory-limit").contains("vtlt.duckdb.max-temp-size");
        assertThat(city.feedback("B-1", "vi")).contains("cơ sở dữ liệu không nạp được tệp này")
                .contains("vtlt.duckdb.max-temp-size");
        assertThat(city.status("Q-774", "nhan-su", 2016)).isEqualTo("ACCEPTED");
    }

    @Test
    void thePreviousVersionOfTheRejectedListStaysWholeInTheFacts() {
        // then
        assertThat(city.count("select count(*) from fact_participation where organiser_code = 'B-1'"))
                .isEqualTo((long) CLASSES * PER_CLASS);
        assertThat(city.count("select count(distinct submission_id) from fact_participation")).isEqualTo(1);
    }
}
