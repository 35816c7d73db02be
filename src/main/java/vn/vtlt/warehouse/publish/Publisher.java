package vn.vtlt.warehouse.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Publishes the warehouse for analysts. DuckDB lets one process write a file or many read it, never both, so
 * analysts never open the file the import writes: at the end of every run that changed something, the import
 * checkpoints it, copies it to {@code snapshots/run-<id>.duckdb} and swaps {@code analytics.duckdb} to that copy in
 * one rename. A reader that opened the previous {@code analytics.duckdb} keeps reading the previous state, whole; a
 * reader that opens it afterwards reads the new state, whole; nobody ever sees a mixture, and nobody blocks the
 * import. Snapshots older than {@code vtlt.publish.keep} are removed (an open one stays readable until closed).
 */
@Component
public class Publisher {

    public static final String ANALYTICS_FILE = "analytics.duckdb";
    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final Warehouse warehouse;
    private final VtltProperties properties;
    private final PausePoints pauses;

    public Publisher(Warehouse warehouse, VtltProperties properties, PausePoints pauses) {
        this.warehouse = warehouse;
        this.properties = properties;
        this.pauses = pauses;
    }

    public Path analyticsFile() {
        return properties.home().resolve(ANALYTICS_FILE);
    }

    /** Removes what a publication interrupted by a crash left behind (a partial copy, an unswapped link). */
    public void clearLeftovers() throws IOException {
        Files.deleteIfExists(properties.home().resolve(ANALYTICS_FILE + ".next"));
        Path snapshots = properties.home().resolve("snapshots");
        if (Files.isDirectory(snapshots)) {
            try (Stream<Path> files = Files.list(snapshots)) {
                for (Path part : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                    Files.delete(part);
                }
            }
        }
    }

    /** Publishes when the run changed the warehouse, or when nothing was published yet; returns the analysts' file. */
    public Path publishIfChanged(long runId, boolean changed) throws IOException, SQLException {
        if (changed || !Files.exists(analyticsFile())) {
            publish(runId);
        }
        prune();
        return analyticsFile();
    }

    private void publish(long runId) throws IOException, SQLException {
        // a run that deleted facts of submissions it replaced lets DuckDB reclaim the deleted rows
        warehouse.checkpoint(warehouse.holds("sql/run/replaced.sql", runId));
        publishCopy(properties.warehouseFile(), properties.home(), "run-" + runId, pauses);
        log.info("Published run {} for analysts: {}", runId, analyticsFile());
    }

    /**
     * Publishes a checkpointed warehouse file for analysts: a read-only snapshot {@code <home>/snapshots/<name>.duckdb}
     * (copied under a {@code .part} name, then renamed), then {@code analytics.duckdb} swapped to it in one rename, so
     * that readers see the new state whole or not yet. The caller holds the warehouse's write lock (no import can
     * change the file under the copy). Also used by {@code review publish}.
     */
    public static void publishCopy(Path warehouseFile, Path home, String name, PausePoints pauses) throws IOException {
        Path snapshots = Files.createDirectories(home.resolve("snapshots"));
        Path snapshot = snapshots.resolve(name + ".duckdb");
        Path part = snapshots.resolve(name + ".duckdb.part");
        Files.copy(warehouseFile, part, StandardCopyOption.REPLACE_EXISTING);
        readOnly(part);
        pauses.reach(PausePoints.COPIED);
        Files.move(part, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path next = home.resolve(ANALYTICS_FILE + ".next");
        Files.deleteIfExists(next);
        try {
            Files.createLink(next, snapshot);
        } catch (FileSystemException | UnsupportedOperationException noHardLinks) {
            Files.copy(snapshot, next);
            readOnly(next);
        }
        pauses.reach(PausePoints.SWAPPING);
        Files.move(next, home.resolve(ANALYTICS_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Analysts' files are read-only on disk too (r--r--r--), besides being opened read-only by every reader of this
     * program: a client that tries to open one read-write is refused by the file system (unless it runs as root).
     */
    private static void readOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        }
    }

    private void prune() throws IOException {
        Path snapshots = properties.home().resolve("snapshots");
        if (!Files.isDirectory(snapshots)) {
            return;
        }
        Instant cutoff = Instant.now().minus(properties.publish().keep());
        Object current = Files.exists(analyticsFile()) ? Files.getAttribute(analyticsFile(), "unix:ino") : null;
        try (Stream<Path> files = Files.list(snapshots)) {
            for (Path snapshot : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(snapshot);
                boolean isCurrent = current != null && current.equals(Files.getAttribute(snapshot, "unix:ino"));
                if (!isCurrent && modified.toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(snapshot);
                    log.info("Removed snapshot {} (older than {})", snapshot.getFileName(), properties.publish().keep());
                }
            }
        }
    }
}
