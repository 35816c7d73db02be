package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.job.ImportRunner;

/** {@code import}: load the registry, pull every agency's source, load what is new (contract section 7). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the registry, pull every agency's source and load what is new.")
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--registry", paramLabel = "FILE", description = "The agency registry (agencies.csv).")
    private Path registry;

    @Option(names = "--inbox", paramLabel = "DIR", description = "The inbox of folder sources: DIR/<agency_code>/.")
    private Path inbox;

    @Option(names = "--policy", paramLabel = "strict|lenient", description = "What a faulty row does (default strict).")
    private String policy;

    @Option(names = "--home", paramLabel = "DIR", description = "Warehouse, job history, archive, feedback (default ./data).")
    private Path home;

    @Option(names = "--person-key-file", paramLabel = "FILE", description = "File holding the person-ID key (else VTLT_PERSON_KEY).")
    private Path personKeyFile;

    @Unmatched
    private List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> arguments = new ArrayList<>(springOptions);
        addOption(arguments, "vtlt.registry", registry);
        addOption(arguments, "vtlt.inbox", inbox);
        addOption(arguments, "vtlt.policy", policy);
        addOption(arguments, "vtlt.home", home);
        addOption(arguments, "vtlt.person-key-file", personKeyFile);
        try (ConfigurableApplicationContext context = Application.start(arguments)) {
            return context.getBean(ImportRunner.class).run();
        }
    }

    static void addOption(List<String> arguments, String property, Object value) {
        if (value != null) {
            arguments.add("--" + property + "=" + value);
        }
    }
}
