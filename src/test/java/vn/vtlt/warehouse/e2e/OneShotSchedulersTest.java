package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.bench.Bench;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;
import vn.vtlt.warehouse.support.ProgramJvm;

/**
 * The shipped systemd and cron examples (jobs/systemd, jobs/cron) with jobs/nightly-import.example.yml: their
 * command, with the machine's paths replaced by a test's, runs the import; and they all fire at 02:00 Ho Chi Minh
 * City time, as `schedule` does by default.
 */
class OneShotSchedulersTest {

    /** The shipped command: jobs/bin/vtlt-warehouse, which runs the jar with the JVM options the benchmark measures. */
    private static final String JAR_COMMAND = "/usr/local/bin/vtlt-warehouse";

    private static int runExample(String commandLine, TestCity city, Path root) throws Exception {
        String config = Files.readString(Path.of("jobs/nightly-import.example.yml"))
                .replace("/srv/vtlt/registry/agencies.csv", city.registry.toString())
                .replace("/srv/vtlt/inbox", city.inbox.toString())
                .replace("/srv/vtlt/home", city.home.toString())
                .replace("/etc/vtlt/person-key", secret(root.resolve("person-key"), "a-key-of-the-department-0123456789abc"))
                .replace("/etc/vtlt/source-tokens.properties", secret(root.resolve("tokens.properties"), "X=y"));
        Path configFile = Files.writeString(root.resolve("nightly-import.yml"), config);
        String command = commandLine.replace("file:/etc/vtlt/nightly-import.yml", "file:" + configFile);
        assertThat(command).contains(JAR_COMMAND);
        assertThat(Files.readString(Path.of("jobs/bin/vtlt-warehouse")))
                .contains("opts=${VTLT_JAVA_OPTS:-" + String.join(" ", Bench.JVM_OPTIONS) + "}");
        List<String> arguments = ProgramJvm.program(Bench.JVM_OPTIONS);
        arguments.addAll(Arrays.asList(command.substring(command.indexOf(JAR_COMMAND) + JAR_COMMAND.length()).trim().split(" ")));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(root.resolve("output.txt").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    private static String secret(Path file, String content) throws Exception {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file.toString();
    }

    private static TestCity city(Path root) {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 2));
        return city;
    }

    @Test
    void theSystemdServiceRunsTheImportAndItsTimerFiresAt2InHoChiMinhCity(@TempDir Path root) throws Exception {
        List<String> service = Files.readAllLines(Path.of("jobs/systemd/vtlt-import.service"), StandardCharsets.UTF_8);
        String execStart = service.stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        TestCity city = city(root);

        assertThat(runExample(execStart.substring("ExecStart=".length()), city, root)).isZero();

        assertThat(city.analytics("select total_staff, vtlt_qualified from v_staffing_summary")).containsExactly(List.of(4L, 2L));
        assertThat(Files.readAllLines(Path.of("jobs/systemd/vtlt-import.timer"))).contains("OnCalendar=*-*-* 02:00:00 Asia/Ho_Chi_Minh");
        assertThat(service).contains("Type=oneshot", "UMask=0077");
    }

    @Test
    void theCronLineRunsTheImportAt2InHoChiMinhCity(@TempDir Path root) throws Exception {
        List<String> cron = Files.readAllLines(Path.of("jobs/cron/vtlt-import"), StandardCharsets.UTF_8);
        String line = cron.stream().filter(l -> l.startsWith("0 2 * * * vtlt ")).findFirst().orElseThrow();
        String command = line.substring(line.indexOf(JAR_COMMAND), line.indexOf(" >>"));
        TestCity city = city(root);

        assertThat(runExample(command, city, root)).isZero();

        assertThat(city.analytics("select total_staff from v_staffing_summary")).containsExactly(List.of(4L));
        assertThat(cron).contains("CRON_TZ=Asia/Ho_Chi_Minh");
        assertThat(Files.readString(Path.of("jobs/schedule.yml"))).contains("cron: \"0 0 2 * * *\"").contains("zone: Asia/Ho_Chi_Minh");
    }
}
