package vn.vtlt.warehouse.job;

import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.progress.PausePoints;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Validates the files of its partition, one after the other, into their staging files. Runs on several threads at once. */
@Component
public class ValidateFileTasklet implements Tasklet {

    private final FileValidation validation;
    private final PausePoints pauses;

    public ValidateFileTasklet(FileValidation validation, PausePoints pauses) {
        this.validation = validation;
        this.pauses = pauses;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        ExecutionContext partition = context.getStepContext().getStepExecution().getExecutionContext();
        for (PendingFile file : PendingFilePartitioner.files(partition)) {
            validation.validate(file);
            pauses.reach(PausePoints.VALIDATED);
        }
        return RepeatStatus.FINISHED;
    }
}
