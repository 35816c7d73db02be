package vn.vtlt.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at smoke sizes, so that it cannot rot: every measurement is taken and printed, every target judged.
 * Nothing here is timed against a threshold (the figures of a test machine mean nothing).
 */
class BenchSmokeTest {

    @TempDir
    Path work;

    @Test
    void measuresEveryFigureAndJudgesEveryTarget() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Bench.Result result = new Bench(new Bench.Options(true, 1, work), new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(result.sets()).containsOnlyKeys("large", "large/5", "small");
        result.sets().values().forEach(set -> {
            assertThat(set.importSeconds()).isPositive();
            assertThat(set.floorSeconds()).isPositive();
            assertThat(set.peakRssBytes()).isNotZero();
        });
        assertThat(result.naiveRowsPerSecond()).isPositive();
        assertThat(result.rerunSeconds()).isPositive();
        assertThat(result.helpSeconds()).isPositive();
        assertThat(result.viewMillis()).containsOnlyKeys(Bench.VIEWS.toArray(String[]::new));
        assertThat(result.sheet().importSeconds()).isPositive();
        assertThat(result.sheet().peakRssBytes()).isNotZero();
        assertThat(result.verdicts()).hasSize(8);
        assertThat(result.phases()).containsOnlyKeys("large", "large/5", "small", "XLSX sheet");
        result.phases().values().forEach(phases -> {
            assertThat(phases).containsOnlyKeys(ImportPhases.PHASES.keySet().toArray(String[]::new));
            assertThat(phases.values()).allSatisfy(seconds -> assertThat(seconds).isFinite().isNotNegative());
        });
        assertThat(output).contains("Phases of the import", "decode+validate", "checks+load");
        assertThat(output).contains("import/floor", "naive Spring Batch step", "no-change rerun", "one XLSX sheet", "Targets:")
                .contains(Bench.VIEWS).contains("would already be", "decode+validate and checks+load alone are");
        // the rerun found nothing to do and said so, without starting the job
        assertThat(work.resolve("last-command.log")).exists();
    }
}
