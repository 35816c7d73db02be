package vn.vtlt.warehouse.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The executable: {@code java -jar vtlt-warehouse.jar <command> [options]}. */
@Command(name = "vtlt-warehouse", mixinStandardHelpOptions = true, version = "vtlt-warehouse 0.1",
        description = "Batch ETL and DuckDB warehouse of Ho Chi Minh City's records and archives (VTLT) staff and training.",
        subcommands = {ImportCommand.class, CheckCommand.class, ScheduleCommand.class, StatusCommand.class,
                HistoryCommand.class, RestartCommand.class, WorkerCommand.class, ExportCommand.class, BenchCommand.class,
                TemplateCommand.class, ReportCommand.class, ReviewCommand.class, DemoCommand.class, ServeCommand.class, UsersCommand.class,
                TokensCommand.class, GenerateCompletion.class},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar demo",
                "  java -jar vtlt-warehouse.jar check --registry agencies.csv --inbox /srv/vtlt/inbox --home /srv/vtlt/home",
                "  java -jar vtlt-warehouse.jar import --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml",
                "  java -jar vtlt-warehouse.jar status --home /srv/vtlt/home",
                "",
                "Every command has --help. Settings (README, Configuration) can also be given as Spring properties in their",
                "explicit form, --name=value: --vtlt.duckdb.memory-limit=1GB, --spring.config.additional-location=file:x.yml.",
                "Bash completion: java -jar vtlt-warehouse.jar generate-completion > /etc/bash_completion.d/vtlt-warehouse"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (for import: the run completed; rejected files are a normal outcome)",
                "1:failed (the run failed, or an error: the message says what to do; the log file has the details)",
                "2:an unknown command or option, or a bad option value (status: something is missing or rejected)"})
public class VtltWarehouse implements Runnable {

    @CommandLine.Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show errors with their stack traces on the console (always in the log file).")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return new CommandLine(new VtltWarehouse())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReport())
                .execute(args);
    }

    /** Whether --debug was given, to any command. */
    static boolean debug(CommandSpec command) {
        return command.root().userObject() instanceof VtltWarehouse top && top.debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
