package vn.vtlt.warehouse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.PostgresServer;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The job repository in a PostgreSQL server: created on first use, readable by {@code history} and {@code status}
 * (from the environment or from the import's job file)
 * while an import runs (the embedded file is not), its password taken from a secret file and printed nowhere.
 */
class PostgresJobRepositoryTest {

    private static final List<String> VIEWS = List.of(
            "select * from v_staffing_summary",
            "select * exclude (received_at) from v_submission_status",
            "select * exclude (submission_id, agency_key) from fact_staff order by all");

    @Test
    void historyAndStatusAnswerWhileAnImportRunsOnPostgresAndThePasswordIsPrintedNowhere(@TempDir Path root) throws Exception {
        // given a city and an empty PostgreSQL database, its password in a secret file
        TestCity city = new TestCity(root);
        for (int i = 1; i <= 4; i++) {
            city.agency("K-" + i + ",Đơn vị " + i + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
            city.put("K-" + i, "K-" + i + "_nhan-su_2016.csv", Rosters.rosterCsv("K-" + i, i, 2016, 50, i));
        }
        Map<String, String> postgres = PostgresServer.environment(PostgresServer.get().newDatabase(), Files.createDirectory(root.resolve("secrets")));

        // when an import is held while it validates, and history and status are asked meanwhile
        ImportProcess running = ImportProcess.start("import", city, postgres, ImportProcess.pauseAt("validate.file#1"));
        assertThat(running.awaitPause("validate.file#1")).as(running.output()).isTrue();
        ImportProcess history = ImportProcess.command(postgres, "history", "--home", city.home.toString());
        int historyExit = history.waitFor();
        ImportProcess.resume(city, "validate.file#1");
        int importExit = running.waitFor();
        // (after the run, history and status read the server's settings from the import's job file instead)
        Path jobFile = Files.writeString(root.resolve("nightly-import.yml"), String.join("\n",
                "vtlt:",
                "  home: " + city.home,
                "  job-repository:",
                "    url: " + postgres.get("VTLT_JOB_REPOSITORY_URL"),
                "    username: " + postgres.get("VTLT_JOB_REPOSITORY_USERNAME"),
                "    password-file: " + postgres.get("VTLT_JOB_REPOSITORY_PASSWORD_FILE"), ""));
        String jobOption = "--spring.config.additional-location=file:" + jobFile;
        ImportProcess after = ImportProcess.command(Map.of(), "history", jobOption);
        int afterExit = after.waitFor();
        ImportProcess status = ImportProcess.command(Map.of(), "status", jobOption);
        int statusExit = status.waitFor();

        // then the running run was listed, the run completed, and the embedded file was never made
        assertThat(historyExit).as(history.output()).isZero();
        assertThat(history.output()).containsPattern("1 +\\d+ .* STARTED");
        assertThat(importExit).as(running.output()).isZero();
        assertThat(afterExit).as(after.output()).isZero();
        assertThat(after.output()).containsPattern("1 +\\d+ .*COMPLETED +4 file\\(s\\) received, 4 accepted");
        assertThat(statusExit).as(status.output()).isIn(0, 2);
        assertThat(status.output()).contains("Latest run 1: COMPLETED");
        assertThat(city.home.resolve("job-repository")).doesNotExist();
        TestCity embedded = city.withHome(root.resolve("home-embedded"));
        assertThat(embedded.runImport()).isZero();
        for (String view : VIEWS) {
            assertThat(city.query(view)).as(view).isEqualTo(embedded.query(view));
        }
        for (String printed : List.of(running.output(), history.output(), after.output(), status.output(), city.log())) {
            assertThat(printed).doesNotContain(PostgresServer.PASSWORD);
        }
    }
}
