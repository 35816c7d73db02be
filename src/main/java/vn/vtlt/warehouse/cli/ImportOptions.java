package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The options of the commands that import ({@code import}, {@code schedule}), as Spring properties. */
public class ImportOptions {

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

    /**
     * The command line for Spring: the options given (files and the environment supply the rest), after the
     * command's Spring properties ({@link SpringArguments}: --vtlt.x=y, --spring.config.additional-location=...).
     */
    List<String> toArguments(List<String> springOptions) {
        List<String> arguments = new ArrayList<>(springOptions);
        add(arguments, "vtlt.registry", registry);
        add(arguments, "vtlt.inbox", inbox);
        add(arguments, "vtlt.policy", policy);
        add(arguments, "vtlt.home", home);
        add(arguments, "vtlt.person-key-file", personKeyFile);
        return arguments;
    }

    static void add(List<String> arguments, String property, Object value) {
        if (value != null) {
            arguments.add("--" + property + "=" + value);
        }
    }
}
