package vn.vtlt.warehouse.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.pull.Archive;
import vn.vtlt.warehouse.validate.StagingFiles;
import vn.vtlt.warehouse.validate.SubmissionValidator;
import vn.vtlt.warehouse.validate.ValidationOutcome;

/** Validates a received file into its staging files ({@code work/file-<id>.*}) and reads the outcome back. */
@Component
public class FileValidation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VtltProperties properties;
    private final PersonKeys personKeys;
    private final Archive archive;

    public FileValidation(VtltProperties properties, PersonKeys personKeys, Archive archive) {
        this.properties = properties;
        this.personKeys = personKeys;
        this.archive = archive;
    }

    public StagingFiles staging(long fileId) {
        return StagingFiles.named(properties.workDir(), "file-" + fileId);
    }

    /** Validates the archived file; safe to run again (it rewrites the staging files). */
    public ValidationOutcome validate(PendingFile file) throws IOException {
        return new SubmissionValidator(personKeys.newHasher(), properties.limits()).validate(new SubmissionValidator.Request(
                archive.resolve(file.archivePath()), file.fileName(), file.sourceAgency(), staging(file.fileId())));
    }

    /** The outcome the validate step saved; a file without one (received after the partitions were planned) is validated now. */
    public ValidationOutcome outcome(PendingFile file) throws IOException {
        // opened without asking first whether it exists: a question to the file system per file saved
        try (InputStream saved = Files.newInputStream(staging(file.fileId()).outcome())) {
            return JSON.readValue(saved, ValidationOutcome.class);
        } catch (NoSuchFileException e) {
            return validate(file);
        }
    }
}
