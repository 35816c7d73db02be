package vn.vtlt.warehouse.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.calendar.ReportingCalendar;
import vn.vtlt.warehouse.feedback.FeedbackWriter;
import vn.vtlt.warehouse.notify.Notices;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.status.StatusReport;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Writes the reporting calendar and the run's feedback files, sends the notices due (feedback, reminders,
 * lateness), completes its audit row, removes the staging files and publishes the warehouse
 * for analysts.
 */
@Component
public class FinishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FinishTasklet.class);

    private final FeedbackWriter feedback;
    private final RunAudit runAudit;
    private final VtltProperties properties;
    private final Publisher publisher;
    private final Warehouse warehouse;
    private final PausePoints pauses;
    private final ReportingCalendar calendar;
    private final Notices notices;

    /** The completeness of the latest reporting year after the run, beside its feedback files. */
    static final String RUN_SUMMARY = "run-summary.txt";

    public FinishTasklet(FeedbackWriter feedback, RunAudit runAudit, VtltProperties properties, Publisher publisher,
                         Warehouse warehouse, PausePoints pauses, ReportingCalendar calendar, Notices notices) {
        this.calendar = calendar;
        this.notices = notices;
        this.feedback = feedback;
        this.runAudit = runAudit;
        this.properties = properties;
        this.publisher = publisher;
        this.warehouse = warehouse;
        this.pauses = pauses;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        long runId = JobParameterNames.runId(context);
        // every file is loaded: its staging files go while the rest of the step runs, as they are many and small
        StagingRemoval staging = StagingRemoval.start(properties.workDir());
        refreshSummaries(runId);
        Path folder = feedback.write(runId);
        pauses.reach(PausePoints.FEEDBACK);
        notices.afterRun(runId, folder);
        runAudit.finished(runId, "COMPLETED");
        publisher.publishIfChanged(runId, runAudit.changedAnything(runId));
        String summary = warehouse.inTransaction(connection -> StatusReport.of(connection, null).text());
        Files.writeString(folder.resolve(RUN_SUMMARY), summary);
        staging.await();
        log.info("Run {} completed; feedback files in {}", runId, folder);
        return RepeatStatus.FINISHED;
    }

    /**
     * The counted summaries follow the facts before anyone sees them (sql/060_views.sql). They count over the whole
     * warehouse, not one file: when DuckDB cannot count them within its limits, no file is to blame (each is decided
     * and loaded), so the run fails with what to raise and the command that finishes it.
     */
    private void refreshSummaries(long runId) {
        try {
            warehouse.inTransaction(connection -> {
                warehouse.execute("sql/run/refresh_summaries.sql");
                calendar.writeTo(warehouse);
                return null;
            });
        } catch (Warehouse.WarehouseException e) {
            if (!e.outOfMemory()) {
                throw e;
            }
            VtltProperties.Duckdb duckdb = properties.duckdb();
            throw new IllegalStateException("Every file of run " + runId + " is decided and loaded, but the warehouse's"
                    + " staffing summaries could not be counted within vtlt.duckdb.memory-limit=" + duckdb.memoryLimit()
                    + " and vtlt.duckdb.max-temp-size=" + (duckdb.maxTempSize().isEmpty() ? "(unset: 90% of the free disk)" : duckdb.maxTempSize())
                    + " (" + e.reason() + "): raise them and run `restart " + runId + "` to write its feedback and publish", e);
        }
    }
}
