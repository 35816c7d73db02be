package vn.vtlt.warehouse.load;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import vn.vtlt.warehouse.validate.SubmissionFileName;

/**
 * A received file waiting to be validated and loaded.
 *
 * @param fileId       its id in audit_received_file
 * @param fileName     the name as sent
 * @param sourceAgency the agency whose source sent it
 * @param archivePath  where it is kept, relative to the home folder
 * @param modified     modification time at the source
 */
public record PendingFile(long fileId, String fileName, String sourceAgency, String archivePath, Instant modified) {

    /**
     * The order of loading: rosters, then classes before their participants (the participant check reads the
     * classes), and within a key the older file first, so that the newest version ends current.
     */
    public static final Comparator<PendingFile> LOAD_ORDER = Comparator
            .comparingInt((PendingFile f) -> f.name().map(n -> n.dataset().ordinal()).orElse(-1))
            .thenComparing(PendingFile::modified)
            .thenComparing(PendingFile::fileName)
            .thenComparingLong(PendingFile::fileId);

    public Optional<SubmissionFileName> name() {
        return SubmissionFileName.parse(fileName);
    }
}
