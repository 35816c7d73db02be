package vn.vtlt.warehouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The executable: {@code java -jar vtlt-warehouse.jar <command> [options]}. */
@Command(name = "vtlt-warehouse", mixinStandardHelpOptions = true, version = "vtlt-warehouse 0.1",
        description = "Batch ETL and DuckDB warehouse of Ho Chi Minh City's records and archives (VTLT) staff and training.",
        subcommands = {ImportCommand.class, ScheduleCommand.class, StatusCommand.class, HistoryCommand.class, RestartCommand.class,
                ExportCommand.class, BenchCommand.class, TemplateCommand.class,
                ReportCommand.class, DemoCommand.class, ServeCommand.class, UsersCommand.class, TokensCommand.class})
public class VtltWarehouse implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return new CommandLine(new VtltWarehouse()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
