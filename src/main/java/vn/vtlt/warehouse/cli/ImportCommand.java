package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.job.ImportRunner;
import vn.vtlt.warehouse.pull.Receiver;
import vn.vtlt.warehouse.rerun.QuickCheck;

/**
 * {@code import}: load the registry, pull every agency's source, load what is new (contract section 7). When the
 * last run completed and nothing it read has changed since, it ends before starting Spring ({@link QuickCheck}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the registry, pull every agency's source and load what is new.",
        footerHeading = "%nExamples:%n",
        footer = {"  VTLT_PERSON_KEY=... java -jar vtlt-warehouse.jar import --registry agencies.csv --inbox /srv/vtlt/inbox --home /srv/vtlt/home",
                "  java -jar vtlt-warehouse.jar import --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml --vtlt.duckdb.memory-limit=1GB"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (rejected files are a normal outcome)",
                "1:the run failed, or could not start (the message says why)", "2:an unknown or misspelled option"})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    private ImportOptions options;

    @Option(names = "--full", description = "Run the whole job even when nothing changed since the last completed run.")
    private boolean full;

    @Option(names = "--mail-dry-run", description = "Write the notices due as .eml files in the run's feedback folder (mail/) instead of sending them.")
    private boolean mailDryRun;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> arguments = options.toArguments(spring.toList(springProperties));
        ImportOptions.add(arguments, "vtlt.mail.dry-run", mailDryRun ? Boolean.TRUE : null);
        QuickCheck quickCheck = new QuickCheck(arguments, System.getenv());
        Optional<String> unchanged = full ? Optional.empty() : quickCheck.unchanged();
        if (unchanged.isPresent()) {
            System.out.println(unchanged.get());
            return 0;
        }
        quickCheck.forget();
        int exit;
        Optional<Receiver.Snapshot> snapshot;
        VtltProperties properties;
        long runId;
        try (ConfigurableApplicationContext context = Application.start(arguments)) {
            ImportRunner runner = context.getBean(ImportRunner.class);
            exit = runner.run();
            runId = runner.lastRunId();
            snapshot = context.getBean(Receiver.class).lastSnapshot();
            properties = context.getBean(VtltProperties.class);
        }
        if (exit == 0 && snapshot.isPresent() && !snapshot.get().anyHttpSource()) {
            quickCheck.remember(properties.home(), properties.inbox(), snapshot.get().inboxFingerprint(), runId);
        }
        return exit;
    }
}
