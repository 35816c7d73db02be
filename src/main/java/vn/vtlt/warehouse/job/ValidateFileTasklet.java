package vn.vtlt.warehouse.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.pull.Archive;
import vn.vtlt.warehouse.validate.SubmissionValidator;

/** Validates the one file of its partition into its staging folder. Runs on several threads at once. */
@Component
public class ValidateFileTasklet implements Tasklet {

    private final VtltProperties properties;
    private final PersonKeys personKeys;
    private final Archive archive;

    public ValidateFileTasklet(VtltProperties properties, PersonKeys personKeys, Archive archive) {
        this.properties = properties;
        this.personKeys = personKeys;
        this.archive = archive;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        ExecutionContext partition = context.getStepContext().getStepExecution().getExecutionContext();
        long fileId = partition.getLong(PendingFilePartitioner.FILE_ID);
        new SubmissionValidator(personKeys.newHasher()).validate(new SubmissionValidator.Request(
                archive.resolve(partition.getString(PendingFilePartitioner.ARCHIVE_PATH)),
                partition.getString(PendingFilePartitioner.FILE_NAME),
                partition.getString(PendingFilePartitioner.SOURCE_AGENCY),
                ImportJobConfiguration.workDir(properties, fileId)));
        return RepeatStatus.FINISHED;
    }
}
