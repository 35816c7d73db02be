package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;
import vn.vtlt.warehouse.support.ProgramJvm;

/**
 * The command line as operators meet it, each command in a JVM of its own so that its whole output is what a
 * person or a scheduler sees: typos refused with a suggestion, mistakes in one line without a stack trace, a quiet
 * console, help with examples and exit codes, shell completion, and {@code check}.
 */
class CommandLineTest {

    private static final String STACK_TRACE_LINE = "\tat ";

    private static ImportProcess finished(ImportProcess process) {
        process.waitFor();
        return process;
    }

    private static String[] cityOptions(TestCity city, String... more) {
        List<String> options = new java.util.ArrayList<>(List.of("--registry", city.registry.toString(), "--inbox",
                city.inbox.toString(), "--home", city.home.toString()));
        options.addAll(List.of(more));
        return options.toArray(String[]::new);
    }

    private static String[] command(String name, String... options) {
        String[] all = new String[options.length + 1];
        all[0] = name;
        System.arraycopy(options, 0, all, 1, options.length);
        return all;
    }

    @Test
    void refusesAMisspelledOptionWithASuggestionAndRunsNothing(@TempDir Path root) {
        // given
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));

        // when
        ImportProcess typo = ImportProcess.command(command("import", cityOptions(city, "--polcy", "lenient")));
        ImportProcess unknownCommand = ImportProcess.command("imprt", "--home", city.home.toString());
        ImportProcess propertyWithoutValue = ImportProcess.command(command("import", cityOptions(city, "--vtlt.policy", "lenient")));

        // then
        assertThat(typo.waitFor()).as(typo.output()).isEqualTo(2);
        assertThat(typo.output()).contains("'--polcy'").contains("--policy").doesNotContain(STACK_TRACE_LINE);
        assertThat(unknownCommand.waitFor()).as(unknownCommand.output()).isEqualTo(2);
        assertThat(unknownCommand.output()).contains("'imprt'").contains("import");
        assertThat(propertyWithoutValue.waitFor()).as(propertyWithoutValue.output()).isEqualTo(2);
        assertThat(propertyWithoutValue.output()).contains("'--vtlt.policy'");
        assertThat(city.home).doesNotExist();
    }

    @Test
    void takesSpringPropertiesInTheirExplicitFormAndShowsAQuietConsole(@TempDir Path root) {
        // given
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Rosters.rosterCsv("Q-774", 2, 2016, 2, 1));
        for (int i = 1; i <= 20; i++) {
            city.agency("W-" + i + ",Phường " + i + ",PHUONG_XA,Quận 8,Q-774,2000-01-01,,");
            city.put("W-" + i, "W-" + i + "_nhan-su_2016.csv", Rosters.rosterCsv("W-" + i, 100 + i, 2016, 1, 1));
        }

        // when
        ImportProcess run = finished(ImportProcess.command(command("import",
                cityOptions(city, "--vtlt.duckdb.memory-limit=300MB", "--vtlt.policy=lenient"))));

        // then the console says what a person reads: the start, the summary (20 changes at most); the files are in
        // the log file
        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("policy lenient").contains("Run 1 completed: 22 file(s) received, 22 accepted")
                .doesNotContain("Received SO-YT_nhan-su_2016.csv").doesNotContain("ACCEPTED, ")
                .contains("... and 2 more changed submission(s)");
        assertThat(run.output().split("  changed: ", -1)).hasSize(20 + 1);
        assertThat(city.log()).contains("Received SO-YT_nhan-su_2016.csv").contains("(SO-YT_nhan-su_2016.csv): ACCEPTED");
        assertThat(city.query("select policy from audit_run")).containsExactly(List.of("lenient"));

        // and with --verbose, every file on the console too
        city.put("Q-760", "Q-760_nhan-su_2016.csv", Rosters.rosterCsv("Q-760", 3, 2016, 2, 1));
        ImportProcess verbose = finished(ImportProcess.command(command("import", cityOptions(city, "--verbose"))));
        assertThat(verbose.waitFor()).as(verbose.output()).isZero();
        assertThat(verbose.output()).contains("Received Q-760_nhan-su_2016.csv").contains("(Q-760_nhan-su_2016.csv): ACCEPTED");
    }

    @Test
    void aUsersMistakeIsOneLineAndTheStackTraceGoesToTheLogFile(@TempDir Path root) throws Exception {
        // given
        TestCity city = new TestCity(root);
        String missing = root.resolve("nonexistent.csv").toString();

        // when
        ImportProcess noRegistry = finished(ImportProcess.command("import", "--registry", missing, "--inbox",
                city.inbox.toString(), "--home", city.home.toString()));
        ImportProcess badValue = finished(ImportProcess.command(command("import",
                cityOptions(city, "--vtlt.http.connect-timeout=soon"))));
        ImportProcess debug = finished(ImportProcess.command("import", "--registry", missing, "--inbox",
                city.inbox.toString(), "--home", city.home.toString(), "--debug"));
        ImportProcess noAnalystsFile = finished(ImportProcess.command("report", "--from", "2014", "--to", "2016",
                "--home", root.resolve("empty-home").toString()));

        // then
        assertThat(noRegistry.waitFor()).isEqualTo(1);
        assertThat(noRegistry.output()).contains("ERROR registry file not found: " + missing)
                .doesNotContain(STACK_TRACE_LINE).doesNotContain("Exception");
        assertThat(city.log()).contains("registry file not found").contains(STACK_TRACE_LINE);
        assertThat(badValue.waitFor()).isEqualTo(1);
        assertThat(badValue.output()).contains("ERROR invalid setting vtlt.http.connect-timeout").contains("soon")
                .doesNotContain(STACK_TRACE_LINE);
        assertThat(debug.output()).contains("ERROR registry file not found").contains(STACK_TRACE_LINE);
        assertThat(noAnalystsFile.waitFor()).isEqualTo(1);
        assertThat(noAnalystsFile.output()).contains("Nothing imported yet").doesNotContain(STACK_TRACE_LINE);
    }

    @Test
    void anotherImportRunningIsOneClearLine(@TempDir Path root) throws Exception {
        // given an import held in the middle of its run
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        ImportProcess first = ImportProcess.start(city, ImportProcess.pauseAt("run.started#1"));
        assertThat(first.awaitPause("run.started#1")).as(first.output()).isTrue();

        // when a second one starts
        ImportProcess second = finished(ImportProcess.command(command("import", cityOptions(city, "--full"))));
        ImportProcess.resume(city, "run.started#1");

        // then it says so in one line, and the first one completes
        assertThat(second.waitFor()).isEqualTo(1);
        assertThat(second.output()).containsPattern("ERROR .*(another import is running)").doesNotContain(STACK_TRACE_LINE);
        assertThat(first.waitFor()).as(first.output()).isZero();
    }

    @Test
    void everyCommandsHelpHasExamplesAndTheExitCodes() {
        for (String name : List.of("import", "check", "schedule", "status", "history", "restart", "report", "export",
                "template", "demo", "bench", "worker")) {
            ImportProcess help = finished(ImportProcess.command(name, "--help"));
            assertThat(help.waitFor()).as(name).isZero();
            assertThat(help.output()).as(name).contains("Example").contains("java -jar vtlt-warehouse.jar " + name);
        }
        assertThat(finished(ImportProcess.command("import", "--help")).output()).contains("Exit codes:")
                .contains("--vtlt.duckdb.memory-limit=");
        assertThat(finished(ImportProcess.command("--help")).output()).contains("Exit codes:").contains("generate-completion");
    }

    @Test
    void bashCompletesCommandsAndOptionsFromTheGeneratedScript(@TempDir Path root) throws Exception {
        // given the completion script, as the README installs it
        ImportProcess generated = finished(ImportProcess.command("generate-completion"));
        assertThat(generated.waitFor()).isZero();
        Path script = Files.writeString(root.resolve("vtlt-warehouse.bash"), generated.output());

        // when bash completes "vtlt-warehouse imp" and "vtlt-warehouse import --pol"
        Process bash = new ProcessBuilder("bash", "-c", "source " + script + "\n"
                + "COMP_WORDS=(vtlt-warehouse imp); COMP_CWORD=1; COMP_LINE='vtlt-warehouse imp'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_vtlt-warehouse; echo \"commands: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(vtlt-warehouse import --pol); COMP_CWORD=2; COMP_LINE='vtlt-warehouse import --pol'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_vtlt-warehouse; echo \"options: ${COMPREPLY[*]}\"\n").redirectErrorStream(true).start();
        String completions = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then
        assertThat(bash.waitFor()).as(completions).isZero();
        assertThat(completions).contains("commands: import").contains("options: --policy");
    }

    @Test
    void checkSaysWhatIsWrongBeforeTheNightDoesAndChangesNothing(@TempDir Path root) throws Exception {
        // given a good city
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        Files.createDirectories(city.inbox.resolve("NOBODY"));

        // when it is checked
        ImportProcess good = finished(ImportProcess.command(command("check", cityOptions(city))));

        // then
        assertThat(good.waitFor()).as(good.output()).isZero();
        assertThat(good.output()).contains("OK    registry").contains("5 agency rows").contains("OK    person key")
                .contains("NOTE  inbox").contains("NOBODY").contains("Ready for the next import.");
        assertThat(city.home.resolve("warehouse.duckdb")).doesNotExist();
        assertThat(city.home.resolve("job-repository")).doesNotExist();

        // and given a registry with a fault, a token file others can read and no person key
        Files.writeString(city.registry, TestCity.REGISTRY_HEADER + "\nSO-YT,Sở Y tế,KHONG_CO,,,2000-01-01,,\n");
        Path tokens = Files.writeString(root.resolve("tokens.properties"), "SO-YT=secret\n");
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> command = ProgramJvm.program(List.of());
        command.addAll(List.of("check", "--registry", city.registry.toString(), "--inbox", city.inbox.toString(),
                "--home", city.home.toString(), "--vtlt.http.token-file=" + tokens));
        ProcessBuilder noKey = new ProcessBuilder(command).redirectErrorStream(true);
        noKey.environment().remove("VTLT_PERSON_KEY");
        Process bad = noKey.start();
        String output = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then each is a FIX line saying what to do
        assertThat(bad.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("FIX   registry").contains("KHONG_CO").contains("FIX   person key")
                .contains("VTLT_PERSON_KEY").contains("FIX   token file").contains("chmod 600")
                .contains("3 thing(s) to fix").doesNotContain(STACK_TRACE_LINE);
    }

    @Test
    void checkAsksEveryHttpSourceWhenToldTo(@TempDir Path root) throws Exception {
        // given a registry with two HTTP sources on a real server: one answers its listing, one fails
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good/", exchange -> {
            byte[] listing = "[{\"name\": \"H-1_nhan-su_2016.csv\", \"url\": \"x.csv\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, listing.length);
            exchange.getResponseBody().write(listing);
            exchange.close();
        });
        server.createContext("/broken/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TestCity city = new TestCity(root);
            city.agency("H-1,Nguồn tốt,DON_VI_SU_NGHIEP,,,2000-01-01,," + base + "/good/");
            city.agency("H-2,Nguồn hỏng,DON_VI_SU_NGHIEP,,,2000-01-01,," + base + "/broken/");

            // when
            ImportProcess check = finished(ImportProcess.command(command("check", cityOptions(city, "--sources"))));

            // then
            assertThat(check.waitFor()).as(check.output()).isEqualTo(1);
            assertThat(check.output()).contains("2 HTTP sources").contains("OK    source of H-1: 1 files listed")
                    .contains("FIX   source of H-2: SOURCE_UNREACHABLE").contains("1 thing(s) to fix");
        } finally {
            server.stop(0);
        }
    }
}
