package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;
import vn.vtlt.warehouse.support.ProgramJvm;

/**
 * An analyst holds the analysts' file open, read-only, in another process while the nightly import runs: the
 * import succeeds, the analyst keeps seeing the figures from before the run, and a reader opened afterwards sees
 * the new ones.
 */
class AnalystsNeverBlockedTest {

    @Test
    void anAnalystReadingDuringTheImportSeesTheOldStateAndANewReaderTheNew(@TempDir Path root) throws Exception {
        // given a first import of 3 staff, published
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        assertThat(city.runImport()).isZero();
        Path analytics = city.home.resolve("analytics.duckdb");

        // and an analyst holding it open in another JVM
        List<String> command = ProgramJvm.command(List.of(), "vn.vtlt.warehouse.support.AnalystReader");
        command.add(analytics.toString());
        Process analyst = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(analyst.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter questions = new PrintWriter(analyst.getOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(answers.readLine()).isEqualTo("OPEN");
        try {
            // when 40 more rosters are imported
            for (int i = 1; i <= 40; i++) {
                city.agency("A-" + i + ",Đơn vị " + i + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
                city.put("A-" + i, "A-" + i + "_nhan-su_2016.csv", Rosters.rosterCsv("A-" + i, 10 + i, 2016, 50, 10));
            }
            ImportProcess nightly = ImportProcess.start(city, "--vtlt.load.group-files=5", ImportProcess.pauseAt("load.committed#1"));
            assertThat(nightly.awaitPause("load.committed#1")).as(nightly.output()).isTrue();
            questions.println("query");
            String duringTheRun = answers.readLine();
            ImportProcess.resume(city, "load.committed#1");
            int exit = nightly.waitFor();
            questions.println("query");
            String sameReaderAfter = answers.readLine();

            // then
            assertThat(exit).as(nightly.output()).isZero();
            assertThat(duringTheRun).isEqualTo("STAFF 3");
            assertThat(sameReaderAfter).isEqualTo("STAFF 3");
            assertThat(new TestCity(root.resolve("reader")).withHome(city.home).analytics("select total_staff from v_staffing_summary"))
                    .containsExactly(List.of(3L + 40 * 50));
            // and the analysts' file is read-only on disk as well
            assertThat(java.nio.file.Files.getPosixFilePermissions(analytics))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        } finally {
            questions.println("exit");
            analyst.waitFor();
        }
    }
}
