package vn.vtlt.warehouse.job;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.pull.Receiver;
import vn.vtlt.warehouse.registry.RegistryLoader;

/** Clears what a crash left, loads the registry, then pulls every agency's source and archives what is new. */
@Component
public class ReceiveTasklet implements Tasklet {

    private final RegistryLoader registry;
    private final Receiver receiver;
    private final RunAudit runAudit;
    private final Publisher publisher;
    private final PausePoints pauses;

    public ReceiveTasklet(RegistryLoader registry, Receiver receiver, RunAudit runAudit, Publisher publisher,
                          PausePoints pauses) {
        this.registry = registry;
        this.receiver = receiver;
        this.runAudit = runAudit;
        this.publisher = publisher;
        this.pauses = pauses;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        long runId = JobParameterNames.runId(context);
        pauses.reach(PausePoints.STARTED);
        runAudit.started(runId, JobParameterNames.parameter(context, JobParameterNames.POLICY));
        publisher.clearLeftovers();
        registry.load(Path.of(JobParameterNames.parameter(context, JobParameterNames.REGISTRY)));
        receiver.pullAll(Path.of(JobParameterNames.parameter(context, JobParameterNames.INBOX)), runId);
        return RepeatStatus.FINISHED;
    }
}
