package vn.vtlt.warehouse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.PostgresServer;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * A manager ({@code import} with {@code vtlt.cluster.enabled}) and worker JVMs on one PostgreSQL and one home folder:
 * whatever dies (a worker mid-partition, the manager, or no worker at all), the run completes and the warehouse
 * equals that of a single-machine import of the same inbox, each file loaded once, no execution left running.
 */
class ClusterImportTest {

    private static final int AGENCIES = 12;
    /** Two files a partition: six partitions to share out. */
    private static final String SMALL_PARTITIONS = "--vtlt.cluster.partition-files=2";
    private static final String CLUSTER = "--vtlt.cluster.enabled=true";

    /** Everything analysts see, without the ids and times that differ between two runs. */
    private static final List<String> WAREHOUSE = List.of(
            "select * from v_staffing_summary",
            "select * exclude (received_at) from v_submission_status",
            "select * exclude (submission_id, agency_key) from fact_staff order by all",
            "select agency_code, dataset, report_year, file_name, status, is_current, rows_read, rows_loaded, rows_rejected "
                    + "from audit_submission order by all");

    @TempDir
    static Path shared;
    private static TestCity singleMachine;

    private final List<ImportProcess> workers = new ArrayList<>();

    @BeforeAll
    static void importTheInboxOnOneMachine() {
        singleMachine = city(shared.resolve("single"));
        assertThat(singleMachine.runImport()).isZero();
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (ImportProcess worker : workers) {
            if (worker.isAlive()) {
                worker.terminate();
            }
        }
    }

    @Test
    void aManagerAndTwoWorkersImportWhatOneMachineImports(@TempDir Path root) throws Exception {
        // given a city, a PostgreSQL database and two workers, the first held at its first file
        TestCity city = city(root);
        Map<String, String> postgres = postgres(root);
        ImportProcess held = worker(city, postgres, ImportProcess.pauseAt("validate.file#1"));
        ImportProcess other = worker(city, postgres);

        // when the manager imports, and the first worker is let go once it is held
        ImportProcess manager = ImportProcess.start("import", city, postgres, CLUSTER, SMALL_PARTITIONS);
        assertThat(held.awaitPause("validate.file#1")).as(held.output()).isTrue();
        ImportProcess.resume(city, "validate.file#1");
        int exit = manager.waitFor();

        // then the other worker ran the rest, both ran some, and the warehouse is the single machine's
        assertThat(exit).as(manager.output()).isZero();
        assertThat(manager.output()).contains("Run 1 completed: 12 file(s) received, 12 accepted");
        assertEqualToSingleMachine(city);
        assertThat(partitionsByWorker(postgres)).hasSize(2).allSatisfy((worker, count) -> assertThat(count).isPositive());
        assertThat(runningExecutions(postgres)).isZero();
        // and operators see who did what: the run's end, history and status
        ImportProcess history = ImportProcess.command(postgres, "history", "--home", city.home.toString());
        ImportProcess status = ImportProcess.command(postgres, "status", "--home", city.home.toString());
        assertThat(history.waitFor()).as(history.output()).isZero();
        status.waitFor();
        assertThat(manager.output()).containsPattern("Validated in the cluster: partitions by worker: \\S+:\\d+ \\d, \\S+:\\d+ \\d");
        assertThat(history.output()).containsPattern("COMPLETED .*partitions by worker: \\S+:\\d+ \\d, \\S+:\\d+ \\d");
        assertThat(status.output()).contains("Workers seen in the last day:")
                .containsPattern("(?m)^\\S+ +\\d+ +1 +\\S+ \\S+ +\\(\\d+ s ago\\) +[1-5]$");
    }

    @Test
    void aWorkerKilledInTheMiddleOfAPartitionLeavesItToAnotherAndTheRunCompletes(@TempDir Path root) throws Exception {
        // given a city and two workers, the first to be held in its first partition
        TestCity city = city(root);
        Map<String, String> postgres = postgres(root);
        ImportProcess doomed = worker(city, postgres, ImportProcess.pauseAt("validate.file#1"));
        worker(city, postgres);

        // when the first worker is killed (SIGKILL) while it holds a partition
        ImportProcess manager = ImportProcess.start("import", city, postgres, CLUSTER, SMALL_PARTITIONS);
        assertThat(doomed.awaitPause("validate.file#1")).as(doomed.output()).isTrue();
        doomed.kill();
        int exit = manager.waitFor();

        // then the other worker ran its partition again, and the warehouse is the single machine's
        assertThat(exit).as(manager.output()).isZero();
        assertThat(manager.output()).contains("Run 1 completed: 12 file(s) received, 12 accepted");
        assertEqualToSingleMachine(city);
        assertThat(partitionsByWorker(postgres)).hasSize(1).containsValue(6L);
        assertThat(runningExecutions(postgres)).isZero();
    }

    @Test
    void aManagerKilledAfterSendingIsFinishedByTheNextImportAndItsStaleRequestsNeverRunAfterIt(@TempDir Path root) throws Exception {
        // given a city and no worker yet
        TestCity city = city(root);
        Map<String, String> postgres = postgres(root);

        // when the manager is killed once it has sent three partitions, then workers start and the import is run again
        ImportProcess killed = ImportProcess.start("import", city, postgres, CLUSTER, SMALL_PARTITIONS,
                ImportProcess.pauseAt("cluster.sent#3"));
        assertThat(killed.awaitPause("cluster.sent#3")).as(killed.output()).isTrue();
        killed.kill();
        worker(city, postgres);
        worker(city, postgres);
        ImportProcess next = ImportProcess.start("import", city, postgres, CLUSTER, SMALL_PARTITIONS);
        int exit = next.waitFor();

        // then run 1 was recovered and completed; the workers may have run requests of the dead manager before the
        // next import started, but none after it (they were dropped), and every partition completed once
        assertThat(exit).as(next.output()).isZero();
        assertThat(next.output()).contains("Run 1 was interrupted").contains("Run 1 completed");
        assertEqualToSingleMachine(city);
        assertThat(count(postgres, "select count(*) from vtlt_partition_run as p, batch_job_execution as restarted "
                + "where p.job_execution_id = (select min(job_execution_id) from batch_job_execution) "
                + "and restarted.job_execution_id = (select max(job_execution_id) from batch_job_execution) "
                + "and p.finished_at > restarted.create_time")).isZero();
        assertThat(count(postgres, "select count(*) from batch_step_execution "
                + "where step_name like 'validateFileStep:%' and status = 'COMPLETED'")).isEqualTo(6);
        assertThat(count(postgres, "select count(*) from int_channel_message")).isZero();
        assertThat(runningExecutions(postgres)).isZero();
    }

    @Test
    void withNoWorkerTheRunFailsNamingTheCauseAndARestartWithAWorkerCompletesIt(@TempDir Path root) throws Exception {
        // given a city and no worker
        TestCity city = city(root);
        Map<String, String> postgres = postgres(root);

        // when the manager gives up waiting, then a worker starts and the run is restarted
        ImportProcess alone = ImportProcess.start("import", city, postgres, CLUSTER, SMALL_PARTITIONS,
                "--vtlt.cluster.partition-timeout=3s");
        int failed = alone.waitFor();
        worker(city, postgres);
        ImportProcess restart = ImportProcess.command(postgres, "restart", "1", "--home", city.home.toString(), CLUSTER);
        int restarted = restart.waitFor();

        // then
        assertThat(failed).as(alone.output()).isEqualTo(1);
        assertThat(alone.output()).contains("No worker finished 6 of the run's 6 validation partition(s) within PT3S")
                .contains("restart 1");
        assertThat(restarted).as(restart.output()).isZero();
        assertThat(restart.output()).contains("Run 1 completed");
        assertEqualToSingleMachine(city);
        assertThat(runningExecutions(postgres)).isZero();
    }

    private static TestCity city(Path root) {
        TestCity city = new TestCity(root);
        for (int i = 1; i <= AGENCIES; i++) {
            String agency = "K-" + i;
            city.agency(agency + ",Đơn vị " + i + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
            city.put(agency, agency + "_nhan-su_2016.csv", Rosters.rosterCsv(agency, i, 2016, 200, i * 3));
        }
        return city;
    }

    private static Map<String, String> postgres(Path root) throws Exception {
        return PostgresServer.environment(PostgresServer.get().newDatabase(), Files.createDirectory(root.resolve("secrets")));
    }

    /** A worker on the city's home, one partition at a time, ready to take partitions. */
    private ImportProcess worker(TestCity city, Map<String, String> postgres, String... options) throws InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--threads", "1", "--vtlt.cluster.heartbeat=1s"));
        arguments.addAll(List.of(options));
        ImportProcess worker = ImportProcess.start("worker", city, postgres, arguments.toArray(String[]::new));
        workers.add(worker);
        assertThat(worker.awaitOutput(out -> out.contains("taking validation partitions"), TimeUnit.MINUTES.toMillis(2)))
                .as(worker.output()).isTrue();
        return worker;
    }

    private static void assertEqualToSingleMachine(TestCity city) {
        for (String query : WAREHOUSE) {
            assertThat(city.query(query)).as(query).isEqualTo(singleMachine.query(query));
        }
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(AGENCIES * 200L);
        assertThat(city.home.resolve("work")).doesNotExist();
    }

    /** Partitions that workers completed, by worker. */
    private static Map<String, Long> partitionsByWorker(Map<String, String> postgres) throws SQLException {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select worker_id, count(*) from vtlt_partition_run "
                     + "where status = 'COMPLETED' group by worker_id")) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        }
        return counts;
    }

    private static long runningExecutions(Map<String, String> postgres) throws SQLException {
        return count(postgres, "select (select count(*) from batch_step_execution where status in ('STARTING', 'STARTED')) "
                + "+ (select count(*) from batch_job_execution where status in ('STARTING', 'STARTED'))");
    }

    private static long count(Map<String, String> postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect(Map<String, String> postgres) throws SQLException {
        return DriverManager.getConnection(postgres.get("VTLT_JOB_REPOSITORY_URL"), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
