package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Override
    public Integer call() throws Exception {
        List<JobHistory.Execution> executions;
        try {
            executions = JobHistory.latest(Homes.resolve(home), VtltProperties.JobRepository.fromEnvironment(System.getenv()), limit);
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
