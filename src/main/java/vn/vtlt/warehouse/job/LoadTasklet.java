package vn.vtlt.warehouse.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.load.SubmissionLoader;
import vn.vtlt.warehouse.pull.Archive;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionValidator;
import vn.vtlt.warehouse.validate.ValidationOutcome;

/**
 * Loads every validated file, one DuckDB transaction each, in {@link PendingFile#LOAD_ORDER}. Files already
 * processed (by this run before a crash) are no longer pending, so a restart goes on where it stopped.
 */
@Component
public class LoadTasklet implements Tasklet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubmissionLoader loader;
    private final VtltProperties properties;
    private final PersonKeys personKeys;
    private final Archive archive;

    public LoadTasklet(SubmissionLoader loader, VtltProperties properties, PersonKeys personKeys, Archive archive) {
        this.loader = loader;
        this.properties = properties;
        this.personKeys = personKeys;
        this.archive = archive;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        long runId = JobParameterNames.runId(context);
        Policy policy = Policy.of(JobParameterNames.parameter(context, JobParameterNames.POLICY));
        List<PendingFile> pending = loader.pending();
        Set<String> pendingLists = pending.stream()
                .flatMap(f -> f.name().stream())
                .filter(n -> n.dataset() == Dataset.HOC_VIEN)
                .map(n -> n.agencyCode() + "/" + n.year())
                .collect(Collectors.toSet());
        for (PendingFile file : pending) {
            Path workDir = ImportJobConfiguration.workDir(properties, file.fileId());
            ValidationOutcome outcome = outcome(file, workDir);
            boolean listPending = file.name()
                    .map(n -> n.dataset() == Dataset.DAO_TAO && pendingLists.contains(n.agencyCode() + "/" + n.year()))
                    .orElse(false);
            SubmissionLoader.Decision decision = loader.load(file, outcome, workDir, runId, policy, listPending);
            contribution.incrementWriteCount(decision.rowsLoaded());
        }
        return RepeatStatus.FINISHED;
    }

    /** The partition's outcome; a file received after the partitions were planned is validated here. */
    private ValidationOutcome outcome(PendingFile file, Path workDir) throws java.io.IOException {
        Path saved = workDir.resolve(ValidationOutcome.FILE);
        if (Files.exists(saved)) {
            return JSON.readValue(saved.toFile(), ValidationOutcome.class);
        }
        return new SubmissionValidator(personKeys.newHasher()).validate(new SubmissionValidator.Request(
                archive.resolve(file.archivePath()), file.fileName(), file.sourceAgency(), workDir));
    }
}
