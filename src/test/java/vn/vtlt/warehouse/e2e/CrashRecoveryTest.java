package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * {@code kill -9} in the middle of loading, then the next {@code import}: it recovers the interrupted run
 * (JobOperator.recover), finishes it, and the warehouse equals that of an uninterrupted run, nothing loaded twice.
 */
class CrashRecoveryTest {

    private static final int AGENCIES = 40;
    private static final int STAFF = 1500;

    /** Everything analysts see, without the ids and times that differ between two runs. */
    private static final List<String> WAREHOUSE = List.of(
            "select * from v_staffing_summary",
            "select * from v_training_summary",
            "select * from v_funding_summary",
            "select * exclude (received_at) from v_submission_status",
            "select * exclude (submission_id, agency_key) from fact_staff order by all",
            "select * exclude (submission_id, organiser_key, provider_key) from fact_training_activity order by all",
            "select * exclude (submission_id) from fact_training_funding order by all",
            "select agency_code, dataset, report_year, file_name, status, is_current, rows_read, rows_loaded, rows_rejected "
                    + "from audit_submission order by all");

    @Test
    void aRunKilledWhileLoadingIsFinishedByTheNextRunWithNothingLoadedTwice(@TempDir Path root) throws Exception {
        // given a city of 40 agencies, 1,500 staff each, and a training file
        TestCity city = new TestCity(root);
        for (int i = 1; i <= AGENCIES; i++) {
            String agency = "K-" + i;
            city.agency(agency + ",Đơn vị " + i + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
            city.put(agency, agency + "_nhan-su_2016.csv", Rosters.rosterCsv(agency, i, 2016, STAFF, i * 10));
        }
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS).row("SNV-CCVTLT", "TH-1",
                "Tập huấn", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "400", "9.000.000", "0", "0", "0", ""));

        // when the import, loading 4 files per transaction, is killed once 2 groups are committed, and started again
        ImportProcess crashed = ImportProcess.start(city, "--vtlt.load.group-files=4", ImportProcess.pauseAt("load.committed#2"));
        assertThat(crashed.awaitPause("load.committed#2")).as(crashed.output()).isTrue();
        crashed.kill();
        assertThat(crashed.output()).doesNotContain("Run 1 completed");
        assertThat(city.count("select count(*) from audit_submission where status = 'ACCEPTED'")).isEqualTo(8);
        ImportProcess resumed = ImportProcess.start(city, "--vtlt.load.group-files=4");
        assertThat(resumed.waitFor()).as(resumed.output()).isZero();

        // then
        assertThat(resumed.output()).contains("Run 1 was interrupted").contains("Run 1 completed");
        TestCity uninterrupted = city.withHome(root.resolve("home-uninterrupted"));
        assertThat(uninterrupted.runImport()).isZero();
        for (String query : WAREHOUSE) {
            assertThat(city.query(query)).as(query).isEqualTo(uninterrupted.query(query));
        }
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo((long) AGENCIES * STAFF);
        assertThat(city.count("select count(*) from audit_received_file")).isEqualTo(AGENCIES + 1);
        assertThat(unfinishedExecutions(city.home)).isZero();
        assertThat(city.count("select count(*) from audit_run where status <> 'COMPLETED'")).isZero();
        try (Stream<Path> leftovers = Files.walk(city.home.resolve("archive"))) {
            assertThat(leftovers.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
        assertThat(city.home.resolve("work")).doesNotExist();
    }

    /**
     * Where the harness interrupts runs, spread over pulling, validating, loading (inside a group's transaction and
     * after its commit) and publishing. Each process of the harness reaches every one of them: its cycle brings six
     * new rosters, loaded two per group (see {@code PausePoints}).
     */
    private static final List<String> INTERRUPTIONS = List.of(
            "receive.archived#1", "receive.archived#4", "receive.recorded#1",
            "validate.file#1", "validate.file#3", "validate.file#6",
            "load.group-open#1", "load.committed#1", "load.group-open#2", "load.committed#2", "load.group-open#3",
            "load.committed#3", "finish.feedback#1", "publish.copied#1", "publish.swapping#1");

    @Test
    @Execution(ExecutionMode.CONCURRENT) // child processes only: the two harnesses run side by side
    void survivesTwentyKillsSpreadOverPullingValidatingLoadingAndPublishing(@TempDir Path root) throws Exception {
        survivesInterruptions(root, 20, false);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT) // child processes only: the two harnesses run side by side
    void survivesTwelveGracefulStopsSpreadOverTheRun(@TempDir Path root) throws Exception {
        survivesInterruptions(root, 12, true);
    }

    /** The long mode, for local use: {@code ./mvnw verify -Dtest=CrashRecoveryTest -Dvtlt.crash.long=true}. */
    @Test
    @EnabledIfSystemProperty(named = "vtlt.crash.long", matches = "true")
    void survivesAHundredKillsAndAHundredStops(@TempDir Path root) throws Exception {
        survivesInterruptions(root.resolve("kill"), 100, false);
        survivesInterruptions(root.resolve("term"), 100, true);
    }

    /**
     * A city whose sources receive six new rosters before each of {@code cycles} runs, each run held at the next of
     * the {@link #INTERRUPTIONS} and interrupted there (SIGKILL, or SIGTERM: a graceful stop), then a last run left
     * to finish: the warehouse must equal that of one uninterrupted run. Every run is interrupted: none can finish
     * first, whatever the speed of the machine.
     */
    private static void survivesInterruptions(Path root, int cycles, boolean graceful) throws Exception {
        TestCity city = new TestCity(root);
        for (int cycle = 0; cycle < cycles; cycle++) {
            for (int i = 1; i <= 6; i++) {
                String agency = "C-" + (cycle * 6 + i);
                city.agency(agency + ",Đơn vị " + agency + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
                city.put(agency, agency + "_nhan-su_2016.csv", Rosters.rosterCsv(agency, cycle * 6 + i, 2016, 1000, cycle % 20));
            }
            String point = INTERRUPTIONS.get(cycle % INTERRUPTIONS.size());
            ImportProcess run = ImportProcess.start(city, "--vtlt.load.group-files=2", ImportProcess.pauseAt(point));
            assertThat(run.awaitPause(point)).as("cycle %d, %s:%n%s", cycle, point, run.output()).isTrue();
            if (graceful) {
                run.terminate();
            } else {
                run.kill();
            }
        }
        ImportProcess last = ImportProcess.start(city);
        assertThat(last.waitFor()).as(last.output()).isZero();

        // the uninterrupted run in a process of its own too: two imports in this JVM at once would share its logging
        TestCity uninterrupted = city.withHome(root.resolve("home-uninterrupted"));
        ImportProcess reference = ImportProcess.start(uninterrupted);
        assertThat(reference.waitFor()).as(reference.output()).isZero();
        for (String query : WAREHOUSE) {
            assertThat(city.query(query)).as(query).isEqualTo(uninterrupted.query(query));
        }
        assertThat(city.analytics("select total_staff from v_staffing_summary")).isEqualTo(
                uninterrupted.analytics("select total_staff from v_staffing_summary"));
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(cycles * 6L * 1000);
        assertThat(unfinishedExecutions(city.home)).isZero();
        try (Stream<Path> leftovers = Files.walk(city.home)) {
            assertThat(leftovers.map(Path::toString).filter(p -> p.endsWith(".part") || p.endsWith(".next"))).isEmpty();
        }
        assertThat(city.home.resolve("work")).doesNotExist();
    }

    private static long unfinishedExecutions(Path home) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("job-repository/batch"), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*) from BATCH_JOB_EXECUTION where STATUS in ('STARTING', 'STARTED', 'STOPPING')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
