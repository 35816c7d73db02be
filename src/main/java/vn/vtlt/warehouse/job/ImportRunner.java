package vn.vtlt.warehouse.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.cluster.PartitionRequests;
import vn.vtlt.warehouse.cluster.PartitionsByWorker;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.publish.Publisher;

/**
 * Runs the {@code import} command: first finishes any run that a crash interrupted (Batch 6
 * {@code JobOperator.recover}, then restart: it resumes where it stopped), then starts a new run.
 * No other import can be running: this process holds the warehouse's write lock.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job importJob;
    private final VtltProperties properties;
    private final RunAudit runAudit;
    private final PausePoints pauses;
    private final String logFile;

    private final ObjectProvider<PartitionRequests> partitionRequests;
    private final ObjectProvider<PartitionsByWorker> partitionsByWorker;

    public ImportRunner(JobOperator jobOperator, JobRepository jobRepository, Job importJob, VtltProperties properties,
                        RunAudit runAudit, PausePoints pauses, @Value("${logging.file.name}") String logFile,
                        ObjectProvider<PartitionRequests> partitionRequests,
                        ObjectProvider<PartitionsByWorker> partitionsByWorker) {
        this.partitionRequests = partitionRequests;
        this.partitionsByWorker = partitionsByWorker;
        this.logFile = logFile;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.importJob = importJob;
        this.properties = properties;
        this.runAudit = runAudit;
        this.pauses = pauses;
    }

    /** Exit code: 0 when the run completed (rejected files are a normal outcome), 1 when it failed. */
    private volatile long lastRunId;

    public int run() throws Exception {
        if (properties.registry() == null || properties.inbox() == null) {
            throw new UserError("import needs --registry FILE and --inbox DIR (or vtlt.registry and vtlt.inbox in the job file)");
        }
        if (!Files.isRegularFile(properties.registry())) {
            throw new UserError("registry file not found: " + properties.registry());
        }
        Policy policy = Policy.of(properties.policy());
        System.out.printf("Import: registry %s, inbox %s, policy %s; home %s (log: %s)%n", properties.registry(),
                properties.inbox(), policy.label(), properties.home(), logFile);
        discardStalePartitionRequests();
        boolean resumedOk = finishInterruptedRuns();
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.REGISTRY, properties.registry().toAbsolutePath().toString())
                .addString(JobParameterNames.INBOX, properties.inbox().toAbsolutePath().toString())
                .addString(JobParameterNames.POLICY, policy.label())
                .addLong(JobParameterNames.REQUESTED_AT, System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = jobOperator.start(importJob, parameters);
        return finished(execution) && resumedOk ? 0 : 1;
    }

    /** Finishes a run that failed, was stopped or was interrupted (exit code as for {@link #run()}). */
    public int restart(long runId) throws Exception {
        JobInstance instance = jobRepository.getJobInstance(runId);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (last == null) {
            throw new UserError("no run " + runId + " in the job history (history lists the runs)");
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            System.out.printf("Run %d already completed.%n", runId);
            return 0;
        }
        discardStalePartitionRequests();
        JobExecution execution = last.getStatus().isRunning() ? jobOperator.recover(last) : last;
        log.info("Restarting run {} (execution {}, {})", runId, execution.getId(), execution.getStatus());
        return finished(jobOperator.restart(execution)) ? 0 : 1;
    }

    /**
     * Finishes the runs that a crash left STARTED (recovered first) or that a stop left STOPPED; returns whether all
     * of them completed. A FAILED run waits for an operator ({@code restart}).
     */
    private boolean finishInterruptedRuns() throws Exception {
        boolean allCompleted = true;
        List<JobExecution> interrupted = new java.util.ArrayList<>(jobRepository.findRunningJobExecutions(ImportJobConfiguration.JOB_NAME));
        for (JobInstance instance : jobRepository.getJobInstances(ImportJobConfiguration.JOB_NAME, 0, 20)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.STOPPED) {
                interrupted.add(last);
            }
        }
        interrupted.sort(Comparator.comparingLong(JobExecution::getId));
        for (JobExecution found : interrupted) {
            JobExecution execution = jobRepository.getJobExecution(found.getId());
            log.warn("Run {} was interrupted (execution {} left {}); finishing its work first",
                    execution.getJobInstance().getInstanceId(), execution.getId(), execution.getStatus());
            JobExecution resumable = execution.getStatus().isRunning() ? jobOperator.recover(execution) : execution;
            allCompleted &= finished(jobOperator.restart(resumable));
        }
        return allCompleted;
    }

    /**
     * In a cluster, the partition requests still queued belong to runs that are over (this process holds the
     * warehouse: no other import runs): dropped before those runs are recovered, so that no worker runs them again.
     */
    private void discardStalePartitionRequests() {
        partitionRequests.ifAvailable(PartitionRequests::discardStale);
    }

    /**
     * The most lines of each list the console shows at the end of a run (submissions the run changed, keys late,
     * keys missing); the run summary file lists them all.
     */
    static final int CONSOLE_CHANGES = 20;

    /** The lists of the run summary that the console cuts, by the start of their lines, and what they list. */
    private static final Map<String, String> CONSOLE_LISTS = Map.of(
            "  changed: ", "changed submission(s)",
            "  LATE ", "late key(s)",
            "  MISSING ", "missing key(s)");

    /** The run summary on the console: in full, but each of its lists up to {@link #CONSOLE_CHANGES} lines. */
    private static void printSummary(Path summary) throws java.io.IOException {
        List<String> lines = Files.readAllLines(summary);
        Map<String, Integer> shown = new java.util.HashMap<>();
        Map<String, Integer> cut = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            String list = CONSOLE_LISTS.keySet().stream().filter(line::startsWith).findFirst().orElse(null);
            if (list != null && shown.merge(list, 1, Integer::sum) > CONSOLE_CHANGES) {
                cut.merge(list, 1, Integer::sum);
            } else {
                System.out.println(line);
            }
        }
        cut.forEach((list, more) -> System.out.printf("  ... and %d more %s: %s%n", more, CONSOLE_LISTS.get(list), summary));
    }

    /** Asks the running import to stop at its next safe point (between two load groups, or between steps). */
    public void stopRunning() {
        for (JobExecution running : jobRepository.findRunningJobExecutions(ImportJobConfiguration.JOB_NAME)) {
            try {
                jobOperator.stop(jobRepository.getJobExecution(running.getId()));
            } catch (Exception e) {
                log.warn("Could not stop execution {}: {}", running.getId(), e.getMessage());
            }
        }
        pauses.releaseAll();
    }

    /** The run the last {@link #run()} or {@link #restart} started or finished in this process (0 before any). */
    public long lastRunId() {
        return lastRunId;
    }

    private boolean finished(JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        lastRunId = runId;
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String summary = runAudit.summary(runId);
            log.info("Run {} completed: {}", runId, summary);
            Path feedback = properties.feedbackDir().resolve("run-" + runId);
            System.out.printf("Run %d completed: %s.%nWarehouse for analysts: %s%nFeedback for agencies:  %s%n", runId,
                    summary, properties.home().resolve(Publisher.ANALYTICS_FILE), feedback);
            partitionsByWorker.ifAvailable(workers -> System.out.printf("Validated in the cluster: %s%n", workers.summary(runId)));
            try {
                printSummary(feedback.resolve(FinishTasklet.RUN_SUMMARY));
            } catch (java.io.IOException e) {
                log.warn("No run summary: {}", e.getMessage());
            }
            return true;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            log.warn("Run {} stopped at a safe point; the next start resumes it", runId);
            runAudit.finished(runId, "STOPPED");
            return false;
        }
        execution.getAllFailureExceptions().forEach(e -> log.error("Run {} failed: {}", runId, e.getMessage()));
        runAudit.finished(runId, "FAILED");
        return false;
    }
}
