package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.status.JobHistory;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/** `status` and `history` on real runs: a completed one, a failed one, and the failed one restarted by id. */
class StatusAndHistoryTest {

    /** A command's exit code and what it printed. */
    private record Outcome(int exit, String output) {
    }

    private static Outcome run(String... arguments) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = VtltWarehouse.execute(arguments);
            return new Outcome(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void statusTellsWhoIsMissingAndRejectedAndHistoryShowsAFailedRunRestarted(@TempDir Path root) throws Exception {
        // given a completed run: SO-YT accepted, Q-774 rejected, SNV-CCVTLT and Q-760 missing
        TestCity city = new TestCity(root);
        String home = city.home.toString();
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Csv.of(Csv.ROSTER_HEADINGS)
                .row("Q-774", "2016", "079185000001", "Tên", "1985", "Nữ", "Thủ kho", "Chuyên trách", "ĐH", "Luật"));
        assertThat(city.runImport()).isZero();

        Outcome status = run("status", "--home", home);
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.output()).contains("Reporting year 2016: 4 active agencies, nhan-su accepted from 1, rejected for 1, missing from 2.")
                .containsPattern("REJECTED +Q-774 +nhan-su +Q-774_nhan-su_2016.csv: The value is not one of the accepted values \\(line 2, job_position\\)")
                .containsPattern("MISSING +Q-760 +nhan-su").containsPattern("MISSING +SNV-CCVTLT +nhan-su")
                .contains("Latest run 1: COMPLETED");

        // when a run fails (its registry broken), then the registry is mended and the run restarted by its id
        Files.writeString(city.registry, TestCity.REGISTRY_HEADER + "\nSO-YT,Sở Y tế,KHONG_CO,,,2000-01-01,,\n");
        city.put("Q-760", "Q-760_nhan-su_2016.csv", Rosters.rosterCsv("Q-760", 2, 2016, 2, 2));
        assertThat(city.runImport()).isEqualTo(1);
        Outcome afterFailure = run("status", "--home", home);
        city.writeRegistry();
        Outcome restart = run("restart", "2", "--home", home, TestCity.PERSON_KEY_OPTION);
        Outcome history = run("history", "--home", home);

        // then
        assertThat(afterFailure.exit()).isEqualTo(1);
        assertThat(afterFailure.output()).contains("of run 2: FAILED").contains("`restart 2`");
        assertThat(restart.exit()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("Run 2 completed: 1 file(s) received, 1 accepted, 0 rejected, 2 row(s) loaded");
        assertThat(JobHistory.latest(city.home, 10)).extracting(JobHistory.Execution::runId, JobHistory.Execution::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(2L, "FAILED"),
                        org.assertj.core.groups.Tuple.tuple(1L, "COMPLETED"));
        assertThat(history.output()).containsPattern("2 +\\d+ .*COMPLETED +1 file\\(s\\) received, 1 accepted")
                .containsPattern("2 +\\d+ .*FAILED").containsPattern("1 +\\d+ .*COMPLETED +2 file\\(s\\) received");
        assertThat(city.analytics("select total_staff from v_staffing_summary")).containsExactly(List.of(5L));
        assertThat(run("status", "--home", home).output()).contains("nhan-su accepted from 2, rejected for 1, missing from 1.");
    }
}
