package vn.vtlt.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.config.PlainSettings;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.status.JobHistory;
import vn.vtlt.warehouse.status.StatusReport;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * {@code status}: completeness of a reporting year from the analysts' file, and the latest run from the job
 * repository. Exit code for schedulers: 0 everything due accepted, 2 something missing or rejected, 1 the latest
 * run failed. Reads only; runs beside an import.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Who submitted, who is missing, what was rejected and why; exit 0 complete, 2 incomplete, 1 last run failed.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar vtlt-warehouse.jar status --year 2016 --home /srv/vtlt/home",
        exitCodeListHeading = "%nExit codes (for schedulers):%n",
        exitCodeList = {"0:everything due is accepted", "1:the latest run failed (restart RUN finishes it)",
                "2:something is missing or rejected (also: an unknown option)"})
public class StatusCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "Y", description = "Reporting year (default: the latest the warehouse holds).")
    private Integer year;

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
        Path homeDir = Homes.resolve(home, settings);
        Path analytics = homeDir.resolve(Publisher.ANALYTICS_FILE);
        if (!Files.exists(analytics)) {
            System.out.println("Nothing imported yet into " + homeDir);
            return StatusReport.INCOMPLETE;
        }
        StatusReport.Status status;
        try (Connection connection = Warehouse.openReadOnly(analytics)) {
            status = StatusReport.of(connection, year);
        }
        System.out.print(status.text());
        VtltProperties.JobRepository repository = VtltProperties.JobRepository.from(settings);
        List<JobHistory.Worker> workers = JobHistory.workers(repository);
        if (!workers.isEmpty()) {
            System.out.printf("Workers seen in the last day:%n%-24s %-8s %-7s %-20s %-14s %s%n", "host", "pid", "threads",
                    "last heartbeat", "", "partitions done");
            for (JobHistory.Worker w : workers) {
                System.out.printf("%-24s %-8s %-7d %-20s %-14s %d%n", w.host(), w.pid(), w.threads(), w.lastHeartbeat(),
                        "(" + w.secondsAgo() + " s ago)", w.partitionsDone());
            }
        }
        List<JobHistory.Execution> latest;
        try {
            latest = JobHistory.latest(homeDir, repository, 1);
        } catch (SQLException e) {
            if (!JobHistory.inUse(e)) {
                throw e;
            }
            System.out.println("An import is running now; the figures above are those of the last completed run.");
            return status.exitCode();
        }
        if (!latest.isEmpty() && !latest.get(0).status().equals("COMPLETED")) {
            JobHistory.Execution execution = latest.get(0);
            System.out.printf("Latest execution %d of run %d: %s (started %s); `restart %d` finishes it.%n",
                    execution.executionId(), execution.runId(), execution.status(), execution.started(), execution.runId());
            return StatusReport.FAILED;
        }
        return status.exitCode();
    }
}
