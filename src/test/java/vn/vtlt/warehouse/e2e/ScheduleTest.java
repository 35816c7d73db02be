package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * `schedule` on a short cron: two runs happen; SIGTERM during a run stops it at a safe point; the next start
 * resumes it and the figures come out whole. Triggers that come during a run are skipped and logged.
 */
class ScheduleTest {

    private static final String EVERY_TWO_SECONDS = "*/2 * * * * *";

    private static long count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void runsOnItsCronStopsGracefullyOnSigtermAndResumesOnTheNextStart(@TempDir Path root) throws Exception {
        // given a scheduled import whose first run is held open until the next trigger has come and been skipped
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        ImportProcess schedule = ImportProcess.start("schedule", city, "--cron", EVERY_TWO_SECONDS, "--vtlt.load.group-files=4",
                ImportProcess.pauseAt("load.committed#1", "run.started#3", "load.committed#3"));
        assertThat(schedule.awaitPause("load.committed#1")).as(schedule.output()).isTrue();
        assertThat(schedule.awaitOutput(out -> out.contains("skipped: the previous import is still running"), 120_000))
                .as(schedule.output()).isTrue();
        ImportProcess.resume(city, "load.committed#1");
        assertThat(schedule.awaitOutput(out -> out.contains("Run 2 completed"), 120_000)).as(schedule.output()).isTrue();

        // when 40 rosters arrive before the third run starts, and SIGTERM comes once two groups of them (8 files) are loaded
        assertThat(schedule.awaitPause("run.started#3")).as(schedule.output()).isTrue();
        for (int i = 1; i <= 40; i++) {
            city.agency("S-" + i + ",Đơn vị " + i + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
            city.put("S-" + i, "S-" + i + "_nhan-su_2016.csv", Rosters.rosterCsv("S-" + i, 10 + i, 2016, 1500, 10));
        }
        ImportProcess.resume(city, "run.started#3");
        assertThat(schedule.awaitPause("load.committed#3")).as(schedule.output()).isTrue();
        schedule.terminate();
        // the log file, not the console: the console of a process being shut down may lose its last lines
        String first = city.log();
        Matcher stopped = Pattern.compile("Run (\\d+) stopped at a safe point").matcher(first);
        assertThat(stopped.find()).as(first).isTrue();
        String runId = stopped.group(1);
        assertThat(count(first, "ACCEPTED,")).as("the first roster and the two groups loaded before the stop").isEqualTo(1 + 8);
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(3 + 8 * 1500);

        // then the next start finishes the stopped run first
        ImportProcess again = ImportProcess.start("schedule", city, "--cron", EVERY_TWO_SECONDS, "--vtlt.load.group-files=4");
        assertThat(again.awaitOutput(out -> out.contains("Run " + runId + " completed"), 120_000)).as(again.output()).isTrue();
        again.terminate();
        String both = city.log();
        assertThat(both.substring(first.length())).contains("Run " + runId + " was interrupted");
        assertThat(count(both, "ACCEPTED,")).isEqualTo(41);
        assertThat(city.analytics("select total_staff from v_staffing_summary")).containsExactly(List.of(3L + 40 * 1500));
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(3 + 40 * 1500);
    }
}
