package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The options of the commands that start the Spring context: Spring properties in their explicit form
 * ({@code --vtlt.duckdb.memory-limit=1GB}, {@code --spring.config.additional-location=file:jobs/x.yml}), and how much
 * the console shows. Anything else the command does not know is refused (exit code 2, with picocli's suggestion): a
 * misspelled {@code --polcy lenient} must never run silently strict (and a misspelled {@code --vtlt.polcy=lenient} is
 * refused by {@code VtltProperties}, which takes no unknown setting).
 */
public class SpringArguments {

    /** The prefixes of the properties this program reads: its own, Spring's, logging's and the portal server's. */
    private static final Pattern PROPERTY = Pattern.compile("--(vtlt|spring|logging|server)\\.[A-Za-z0-9._\\[\\]-]+=.*");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--verbose", description = "Show every file received and decided on the console too (always in the log file).")
    private boolean verbose;

    /**
     * The arguments for Spring: the command's unmatched arguments (its {@code @Unmatched} list: picocli does not take
     * one from a mixin), each of which must be a property given as --name=value, else it is refused.
     */
    List<String> toList(List<String> unmatched) {
        List<String> unknown = unmatched.stream().filter(argument -> !PROPERTY.matcher(argument).matches()).toList();
        if (!unknown.isEmpty()) {
            throw new UnmatchedArgumentException(spec.commandLine(), unknown);
        }
        List<String> arguments = new ArrayList<>(unmatched);
        if (verbose || VtltWarehouse.debug(spec)) {
            arguments.add("--logging.threshold.console=info");
        }
        if (VtltWarehouse.debug(spec)) {
            // the console shows stack traces too (the file always has them)
            arguments.add("--logging.pattern.console=%-5level %msg%n");
        }
        return arguments;
    }
}
