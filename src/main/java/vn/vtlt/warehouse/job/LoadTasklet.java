package vn.vtlt.warehouse.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.StoppableTasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.load.SubmissionLoader;
import vn.vtlt.warehouse.validate.Dataset;

/**
 * Loads every validated file, in {@link PendingFile#inLoadOrder the order of loading}, whole submissions per DuckDB transaction. Files already
 * processed (by this run before a crash) are no longer pending, so a restart goes on where it stopped.
 */
@Component
public class LoadTasklet implements StoppableTasklet {

    private final SubmissionLoader loader;
    private final FileValidation validation;
    /** Set when the job is asked to stop (SIGTERM under `schedule`): the step ends after the group in progress. */
    private volatile boolean stopRequested;

    public LoadTasklet(SubmissionLoader loader, FileValidation validation) {
        this.loader = loader;
        this.validation = validation;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        stopRequested = false;
        long runId = JobParameterNames.runId(context);
        Policy policy = Policy.of(JobParameterNames.parameter(context, JobParameterNames.POLICY));
        List<PendingFile> pending = loader.pending();
        Set<String> pendingLists = pending.stream()
                .flatMap(f -> f.name().stream())
                .filter(n -> n.dataset() == Dataset.HOC_VIEN)
                .map(n -> n.agencyCode() + "/" + n.year())
                .collect(Collectors.toSet());
        List<SubmissionLoader.Validated> validated = new ArrayList<>(pending.size());
        for (PendingFile file : pending) {
            boolean listPending = file.name()
                    .map(n -> n.dataset() == Dataset.DAO_TAO && pendingLists.contains(n.agencyCode() + "/" + n.year()))
                    .orElse(false);
            validated.add(new SubmissionLoader.Validated(file, validation.outcome(file), validation.staging(file.fileId()),
                    listPending));
        }
        List<SubmissionLoader.Decision> decisions = loader.loadAll(validated, runId, policy, () -> stopRequested);
        decisions.forEach(d -> contribution.incrementWriteCount(d.rowsLoaded()));
        if (decisions.size() < validated.size()) {
            throw new JobInterruptedException("stopped at a safe point after " + decisions.size() + " of "
                    + validated.size() + " files; the next start resumes the run");
        }
        return RepeatStatus.FINISHED;
    }

    @Override
    public void stop(StepExecution stepExecution) {
        stopRequested = true;
    }

    @Override
    @SuppressWarnings("removal")
    public void stop() {
        stopRequested = true;
    }
}
