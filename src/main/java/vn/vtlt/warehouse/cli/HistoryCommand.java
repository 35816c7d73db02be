package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.config.PlainSettings;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.status.JobHistory;

/** {@code history}: past runs from the job repository, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Past runs: start, end, status, files and rows.",
        footerHeading = "%nExample:%n", footer = "  java -jar vtlt-warehouse.jar history --limit 5 --home /srv/vtlt/home",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the job history cannot be read now (an import holds it)", "2:an unknown option"})
public class HistoryCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "20", description = "How many executions (default 20).")
    private int limit;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default: vtlt.home of the job file or environment, else ./data).")
    private Path home;

    @Spec
    private CommandSpec spec;

    /** The import's job file and settings, e.g. --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml. */
    @Unmatched
    private List<String> settingArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PlainSettings settings = PlainArguments.settings(spec, settingArguments);
        List<JobHistory.Execution> executions;
        try {
            executions = JobHistory.latest(Homes.resolve(home, settings), VtltProperties.JobRepository.from(settings), limit);
        } catch (SQLException e) {
            if (!JobHistory.inUse(e)) {
                throw e;
            }
            System.out.println("An import is running and holds the job history; ask again when it has ended.");
            return 1;
        }
        System.out.printf("%-5s %-9s %-26s %-26s %-10s %s%n", "run", "execution", "started", "ended", "status", "summary");
        for (JobHistory.Execution e : executions) {
            System.out.printf("%-5d %-9d %-26s %-26s %-10s %s%n", e.runId(), e.executionId(), e.started(),
                    e.ended() == null ? "" : e.ended(), e.status(), e.summary());
        }
        return 0;
    }
}
