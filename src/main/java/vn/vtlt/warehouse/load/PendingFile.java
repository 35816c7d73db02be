package vn.vtlt.warehouse.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
    public static List<PendingFile> inLoadOrder(List<PendingFile> files) {
        // the dataset read from each name once, not at every comparison: thousands of small files
        record Keyed(int dataset, PendingFile file) {
        }
        return files.stream()
                .map(file -> new Keyed(file.name().map(n -> n.dataset().ordinal()).orElse(-1), file))
                .sorted(Comparator.comparingInt(Keyed::dataset).thenComparing(Keyed::file, Comparator
                        .comparing(PendingFile::modified)
                        .thenComparing(PendingFile::fileName)
                        .thenComparingLong(PendingFile::fileId)))
                .map(Keyed::file)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public Optional<SubmissionFileName> name() {
        return SubmissionFileName.parse(fileName);
    }
}
