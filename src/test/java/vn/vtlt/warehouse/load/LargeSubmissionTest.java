package vn.vtlt.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.bench.BenchData;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Issue 15: a submission larger than DuckDB's memory loads by spilling to its temporary folder. DuckDB is given 64MB,
 * a quarter of its default, so that a participant list of 250,000 rows (14 MB) stands for the 2,000,000 rows
 * at 256MB, in seconds (before the loader was reshaped it failed at this limit). One that still cannot be loaded
 * within the configured resources is rejected alone while the run completes: {@code LastLineOfDefenceTest} (a roster
 * DuckDB cannot load within 128MB and 16MB of temporary disk).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSubmissionTest {

    private static final String MEMORY_LIMIT = "--vtlt.duckdb.memory-limit=64MB";
    private static final int CLASSES = 5;
    private static final int PER_CLASS = 50_000;

    private TestCity city;
    private int exitCode;

    @BeforeAll
    void importALargeListWithAQuarterOfTheDefaultMemory(@TempDir Path root) throws IOException {
        // given: the organiser B-1 sends 5 classes of 50,000 participations, SO-YT a small roster
        city = new TestCity(root.resolve("city")).agency("B-1,Đơn vị thử nghiệm 1,DON_VI_SU_NGHIEP,,,2000-01-01,,");
        Path generated = BenchData.write(new BenchData.Shape("large list", 1, 0, CLASSES, PER_CLASS),
                root.resolve("generated")).inbox().resolve("B-1");
        city.put("B-1", "B-1_dao-tao_2016.csv", Files.readAllBytes(generated.resolve("B-1_dao-tao_2016.csv")));
        city.put("B-1", "B-1_hoc-vien_2016.csv", Files.readAllBytes(generated.resolve("B-1_hoc-vien_2016.csv")));
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 2));

        // when
        exitCode = city.runImport(MEMORY_LIMIT);
    }

    @Test
    void aParticipantListLargerThanDuckDbsMemoryIsLoadedWhole() {
        // then
        assertThat(exitCode).isZero();
        assertThat(city.query("select status, rows_loaded from audit_submission "
                + "where agency_code = 'B-1' and dataset = 'hoc-vien' order by submission_id"))
                .containsExactly(List.of("ACCEPTED", (long) CLASSES * PER_CLASS));
        assertThat(city.count("select count(*) from fact_participation where organiser_code = 'B-1'"))
                .isEqualTo((long) CLASSES * PER_CLASS);
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
    }
}
