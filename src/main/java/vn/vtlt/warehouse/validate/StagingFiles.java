package vn.vtlt.warehouse.validate;

import java.nio.file.Path;

/**
 * Where the validation of one file writes: {@code rows} (the valid rows, normalised), {@code problems} (every fault and
 * warning by line and column) and {@code outcome} ({@link ValidationOutcome} as JSON), all in one folder.
 *
 * @param folder   the folder they are in, created when needed
 * @param rows     the rows file
 * @param problems the problems file
 * @param outcome  the outcome file
 */
public record StagingFiles(Path folder, Path rows, Path problems, Path outcome) {

    /** In a folder of their own: {@code rows.csv}, {@code problems.csv}, {@code outcome.json} (the portal's dry run). */
    public static StagingFiles in(Path folder) {
        return new StagingFiles(folder, folder.resolve(ValidationOutcome.ROWS), folder.resolve(ValidationOutcome.PROBLEMS),
                folder.resolve(ValidationOutcome.FILE));
    }

    /**
     * Side by side with other files' in a shared folder, named {@code <name>.rows.csv}, {@code <name>.problems.csv},
     * {@code <name>.outcome.json} (the import's {@code work/}): a folder per file cost more than its files, to create
     * and to remove again (measured: creating and removing 5,000 folders took longer than 15,000 files beside each other).
     */
    public static StagingFiles named(Path folder, String name) {
        return new StagingFiles(folder, folder.resolve(name + "." + ValidationOutcome.ROWS),
                folder.resolve(name + "." + ValidationOutcome.PROBLEMS), folder.resolve(name + "." + ValidationOutcome.FILE));
    }
}
