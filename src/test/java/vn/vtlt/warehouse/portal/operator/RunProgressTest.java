package vn.vtlt.warehouse.portal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's page shows how far a running import is from the progress lines of its log, and nothing else of it. */
class RunProgressTest {

    @TempDir
    Path home;

    @Test
    void showsTheLatestProgressLineOfTheLogAndNothingElse() throws Exception {
        // given
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("logs/vtlt-warehouse.log"), """
                2026-12-01T20:00:01Z  INFO 1 --- [main] v.v.w.progress.Progress : Sources: 600 of 600 (100 %)
                2026-12-01T20:00:02Z  INFO 1 --- [main] v.v.w.progress.Progress : Files loaded: 60 of 600 (10 %)
                2026-12-01T20:00:03Z  INFO 1 --- [main] v.v.w.load.SubmissionLoader : File 137 (B-14_hoc-vien_2016.csv): ACCEPTED
                2026-12-01T20:00:04Z  INFO 1 --- [main] v.v.w.progress.Progress : Files loaded: 120 of 600 (20 %)
                2026-12-01T20:00:05Z  INFO 1 --- [main] v.v.w.load.SubmissionLoader : File 170 (B-15_hoc-vien_2016.csv): ACCEPTED
                """);
        // when / then
        assertThat(RunProgress.latest(home)).contains("Files loaded: 120 of 600 (20 %)");
    }

    @Test
    void saysNothingWithoutALog() {
        assertThat(RunProgress.latest(home)).isEmpty();
    }
}
