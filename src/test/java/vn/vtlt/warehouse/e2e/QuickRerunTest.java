package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.rerun.QuickCheck;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The cheap nightly rerun: when nothing the last completed run read has changed, {@code import} ends before
 * starting the job; any change (a new file, a touched file, the registry, the settings) or {@code --full} runs it.
 */
class QuickRerunTest {

    private static String importOutput(TestCity city, String... extra) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            List<String> arguments = new ArrayList<>(List.of("import", "--registry", city.registry.toString(),
                    "--inbox", city.inbox.toString(), "--home", city.home.toString(), TestCity.PERSON_KEY_OPTION));
            arguments.addAll(List.of(extra));
            assertThat(VtltWarehouse.execute(arguments.toArray(String[]::new))).isZero();
            return captured.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
        }
    }

    private static long runs(TestCity city) {
        return city.count("select count(*) from audit_run");
    }

    @Test
    void aRerunWithNothingChangedEndsAtOnceAndAnyChangeRunsTheJob(@TempDir Path root) throws Exception {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        assertThat(importOutput(city)).contains("Run 1 completed");
        assertThat(city.home.resolve(QuickCheck.FILE)).exists();

        // nothing changed: no run, the record stays
        assertThat(importOutput(city)).startsWith("Nothing changed since run 1").doesNotContain("Run 2");
        assertThat(runs(city)).isEqualTo(1);

        // a new file: the job runs and loads it
        city.put("Q-760", "Q-760_nhan-su_2016.csv", Rosters.rosterCsv("Q-760", 2, 2016, 2, 2));
        assertThat(importOutput(city)).contains("Run 2 completed");
        assertThat(city.count("select count(*) from fact_staff where agency_code = 'Q-760'")).isEqualTo(2);
        assertThat(importOutput(city)).startsWith("Nothing changed since run 2");

        // a file touched (same name, new time), the registry touched, other settings, --full: each runs the job
        Path roster = city.inbox.resolve("SO-YT").resolve("SO-YT_nhan-su_2016.csv");
        Files.setLastModifiedTime(roster, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(importOutput(city)).contains("Run 3 completed");
        Files.setLastModifiedTime(city.registry, FileTime.from(Instant.now().plusSeconds(120)));
        assertThat(importOutput(city)).contains("Run 4 completed");
        assertThat(importOutput(city, "--policy", "lenient")).contains("Run 5 completed");
        assertThat(importOutput(city, "--policy", "lenient")).startsWith("Nothing changed since run 5");
        assertThat(importOutput(city, "--policy", "lenient", "--full")).contains("Run 6 completed");
        assertThat(runs(city)).isEqualTo(6);
        // and nothing was ever counted twice
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(5);
    }

    @Test
    void aRunThatDidNotCompleteLeavesNoRecord(@TempDir Path root) throws Exception {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        assertThat(importOutput(city)).contains("Run 1 completed");
        // the registry broken: the run fails, and the record of run 1 is gone with it
        Files.writeString(city.registry, TestCity.REGISTRY_HEADER + "\nSO-YT,Sở Y tế,KHONG_CO,,,2000-01-01,,\n");
        assertThat(city.runImport()).isEqualTo(1);
        assertThat(city.home.resolve(QuickCheck.FILE)).doesNotExist();
    }
}
