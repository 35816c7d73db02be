package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.job.ImportRunner;

/** {@code restart RUN}: finishes a failed, stopped or interrupted run where it stopped (ids from {@code history}). */
@Command(name = "restart", mixinStandardHelpOptions = true, description = "Finish a failed or interrupted run where it stopped.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar vtlt-warehouse.jar restart 42 --home /srv/vtlt/home --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed", "1:it failed again, or there is no such run (the message says why)",
                "2:an unknown or misspelled option"})
public class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN", description = "The run id (see history).")
    private long runId;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default ./data).")
    private Path home;

    @Option(names = "--person-key-file", paramLabel = "FILE", description = "File holding the person-ID key (else VTLT_PERSON_KEY).")
    private Path personKeyFile;

    /** --verbose, and Spring properties as for {@code import} (e.g. --spring.config.additional-location=...). */
    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> arguments = new ArrayList<>(spring.toList(springProperties));
        ImportOptions.add(arguments, "vtlt.home", home);
        ImportOptions.add(arguments, "vtlt.person-key-file", personKeyFile);
        try (ConfigurableApplicationContext context = Application.start(arguments)) {
            return context.getBean(ImportRunner.class).restart(runId);
        }
    }
}
