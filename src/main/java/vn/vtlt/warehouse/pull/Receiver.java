package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.parse.SheetTable;
import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.progress.Progress;

import vn.vtlt.warehouse.warehouse.SqlLists;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Pulls every agency's source (contract section 2) and receives what is new: archives it and records it in
 * {@code audit_received_file} as RECEIVED, to be validated and loaded. A file already received from the same source
 * (same name and modification time, or the same SHA-256) is skipped without a second look, so a rerun on unchanged
 * sources costs one directory listing or one 304 per agency. The same bytes from another agency's source are a
 * receipt of their own (contract section 2): a copy misfiled in the wrong folder is judged, and rejected, on its
 * own, and never blocks the genuine file.
 */
@Component
public class Receiver {

    private static final Logger log = LoggerFactory.getLogger(Receiver.class);

    private final Warehouse warehouse;
    private final FolderSource folders;
    private final HttpSource http;
    private final Archive archive;
    private final PausePoints pauses;

    public Receiver(Warehouse warehouse, FolderSource folders, HttpSource http, Archive archive, PausePoints pauses) {
        this.warehouse = warehouse;
        this.folders = folders;
        this.http = http;
        this.archive = archive;
        this.pauses = pauses;
    }

    /** What the last pull started from: the inbox's fingerprint before it was read, and whether a source is HTTP. */
    public record Snapshot(String inboxFingerprint, boolean anyHttpSource) {
    }

    private volatile Snapshot lastSnapshot;

    /** How many archived files are recorded per transaction (a commit per agency made thousands of small files slow). */
    static final int RECORD_BATCH = 500;

    /**
     * Files archived at once on their own threads: archiving is mostly waiting on the file system (a file, a folder
     * and a checksum file created per received file), so a few at once take a fraction of the time of one after
     * the other. What they archived is handled, logged and recorded in the order the sources offered the files.
     */
    static final int ARCHIVING_THREADS = 4;

    /** Files offered and not yet handled, at most: bounds the open files and the memory of a pull. */
    static final int IN_FLIGHT = 64;

    /** Pulls all sources; returns how many files were received. */
    public int pullAll(Path inbox, long runId) throws IOException {
        archive.clearIncoming();
        // taken before any folder is read: a file arriving during the run changes the next run's fingerprint
        String fingerprint = InboxFingerprint.of(inbox);
        List<String[]> sources = sources();
        lastSnapshot = new Snapshot(fingerprint, sources.stream().anyMatch(source -> source[1] != null));
        Progress progress = Progress.of("Sources", sources.size());
        try (Pull pull = new Pull(runId, known())) {
            for (String[] agencySource : sources) {
                String agency = agencySource[0];
                String url = agencySource[1];
                try {
                    if (url == null) {
                        pull.offer(folders.list(inbox, agency), agency, inbox.resolve(agency).toString());
                    } else {
                        pullHttp(pull, agency, url);
                    }
                } catch (SourceException e) {
                    recordEvent(runId, agency, url, e);
                }
                progress.advance(1);
            }
            pull.handleAll();
            progress.finish();
            log.info("Received {} new file(s)", pull.received);
            return pull.received;
        }
    }

    /** The last pull's snapshot in this process, if any. */
    public Optional<Snapshot> lastSnapshot() {
        return Optional.ofNullable(lastSnapshot);
    }

    private void pullHttp(Pull pull, String agency, String url) throws SourceException {
        HttpSource.Listing listing = http.list(agency, url, validators(url));
        for (SourceException refused : listing.refused()) {
            recordEvent(pull.runId, agency, url, refused);
        }
        pull.offer(listing.files(), agency, url);
        // the listing's validators only once its files are recorded: a crash before lists them again (a source that
        // answers 304 Not Modified to saved validators never offers its files again)
        pull.handleAll();
        pull.recordHandled();
        saveValidators(url, listing.validators());
        pauses.reach(PausePoints.LISTED);
    }

    /** A file offered by a source, being archived. */
    private record InFlight(IncomingFile file, String source, Future<Archived> archived) {
    }

    /**
     * A file copied into the archive, or only into the incoming area when its agency's source sent the same bytes in
     * an earlier run ({@code archivePath} null).
     */
    private record Archived(Archive.Incoming incoming, String archivePath, List<Dataset> datasets) {
    }

    /**
     * One pull: the files offered, archived on {@link #ARCHIVING_THREADS} threads, then handled in the order offered
     * (checked against the files of this run, logged, recorded {@link #RECORD_BATCH} at a time), so that file ids,
     * the log and the audit are those of a pull one file after the other.
     */
    private final class Pull implements AutoCloseable {

        final long runId;
        final Known known;
        final ExecutorService threads = Executors.newFixedThreadPool(ARCHIVING_THREADS, task -> {
            Thread thread = new Thread(task, "archive");
            thread.setDaemon(true);
            return thread;
        });
        final Deque<InFlight> inFlight = new ArrayDeque<>();
        final List<Received> unrecorded = new ArrayList<>();
        /** (agency, SHA-256) and archive paths of the files received in this run, on the pulling thread only. */
        final Set<String> receivedChecksums = new HashSet<>();
        final Set<String> receivedPaths = new HashSet<>();
        int received;

        Pull(long runId, Known known) {
            this.runId = runId;
            this.known = known;
        }

        /** Starts archiving a source's files that were not received before (by name and modification time). */
        void offer(List<IncomingFile> files, String agency, String source) {
            for (IncomingFile file : files) {
                if (known.files().contains(Known.key(agency, file.name(), file.modified()))) {
                    continue;
                }
                inFlight.add(new InFlight(file, source, threads.submit(() -> archive(file))));
                while (inFlight.size() > IN_FLIGHT) {
                    handle(inFlight.remove());
                }
            }
        }

        /** Copies a file into the archive, unless its source sent the same bytes in an earlier run. */
        private Archived archive(IncomingFile file) throws IOException {
            Archive.Incoming incoming = archive.receive(file);
            if (known.checksums().contains(Known.checksum(file.agencyCode(), incoming.sha256()))) {
                Files.deleteIfExists(incoming.temp());
                return new Archived(incoming, null, List.of());
            }
            String archivePath = archive.keep(incoming, file.agencyCode(), file.name());
            return new Archived(incoming, archivePath, SubmissionFileName.isWorkbookOfDatasets(file.name())
                    ? datasetSheets(archive.resolve(archivePath)) : List.of());
        }

        void handleAll() {
            while (!inFlight.isEmpty()) {
                handle(inFlight.remove());
            }
        }

        /**
         * What became of an offered file: a source problem, identical to a file received before (skipped), or
         * received, to be recorded: the file, or for a workbook of several datasets one entry per dataset sheet
         * ({@code QH-776_2016.xlsx [nhan-su]}), each a submission.
         */
        private void handle(InFlight offered) {
            IncomingFile file = offered.file();
            Archived archived;
            try {
                archived = await(offered.archived());
            } catch (IOException e) {
                recordEvent(runId, file.agencyCode(), offered.source(), new SourceException(
                        e instanceof Archive.TooLarge ? Fault.FILE_TOO_LARGE : Fault.SOURCE_UNREACHABLE,
                        file.name() + ": " + e.getMessage(), e));
                return;
            }
            String sha256 = archived.incoming().sha256();
            if (archived.archivePath() == null || !receivedChecksums.add(Known.checksum(file.agencyCode(), sha256))) {
                // a copy under another name in this run's archive is not kept: the first file stands for both
                if (archived.archivePath() != null && !receivedPaths.contains(archived.archivePath())) {
                    discard(archived.archivePath());
                }
                log.info("{} from {}: identical to a file already received from this source (SHA-256 {}), skipped",
                        file.name(), file.agencyCode(), sha256.substring(0, 12));
                return;
            }
            receivedPaths.add(archived.archivePath());
            pauses.reach(PausePoints.ARCHIVED);
            log.info("Received {} from {} ({} bytes)", file.name(), file.agencyCode(), archived.incoming().size());
            if (archived.datasets().isEmpty()) {
                unrecorded.add(new Received(file, file.name(), archived.incoming(), archived.archivePath()));
            }
            for (Dataset dataset : archived.datasets()) {
                unrecorded.add(new Received(file, SubmissionFileName.sheetOf(file.name(), dataset), archived.incoming(),
                        archived.archivePath()));
            }
            received += Math.max(1, archived.datasets().size());
            if (unrecorded.size() >= RECORD_BATCH) {
                recordHandled();
            }
        }

        private void discard(String archivePath) {
            try {
                archive.discard(archivePath);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Puts the handled files on disk ({@link Archive#sync}), then records them as RECEIVED: a power cut never
         * leaves a recorded file missing from the archive.
         */
        void recordHandled() {
            if (unrecorded.isEmpty()) {
                return;
            }
            try {
                List<String> archived = unrecorded.stream().map(Received::archivePath).distinct().toList();
                Archive.Synced synced = archive.sync(archived, threads);
                log.debug("{} archived file(s) on disk ({})", archived.size(), synced);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            record(unrecorded, runId);
        }

        /** Records what was handled; files still being archived are left to the next run, which receives them again. */
        @Override
        public void close() {
            inFlight.forEach(offered -> offered.archived().cancel(true));
            try {
                recordHandled();
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static Archived await(Future<Archived> archived) throws IOException {
        try {
            return archived.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while archiving", e);
        }
    }

    /** The datasets a workbook has a visible sheet for (none when it cannot be read: validation will say why). */
    private static List<Dataset> datasetSheets(Path workbook) {
        try {
            List<String> names = SheetTable.sheets(workbook).stream().filter(SheetTable.SheetInfo::visible)
                    .map(sheet -> TextKey.fold(sheet.name())).toList();
            return Arrays.stream(Dataset.values()).filter(d -> names.contains(TextKey.fold(d.code()))).toList();
        } catch (FileFault unreadable) {
            return List.of();
        }
    }

    /** A file archived in this run, to be recorded under a name (the file's, or one sheet's of a workbook). */
    private record Received(IncomingFile file, String recordedName, Archive.Incoming incoming, String archivePath) {
    }

    /**
     * Records archived files as RECEIVED, in one transaction, and empties the list. Until then a file is only in the
     * archive: after a crash the next run receives it again (same archive path), so nothing is lost or doubled.
     */
    private void record(List<Received> received, long runId) {
        warehouse.inTransaction(connection -> {
            // one statement for the batch: a round trip per file cost about a millisecond each
            try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/receive/record_files.sql"))) {
                insert.setLong(1, runId);
                insert.setLong(2, SqlLists.micros(Instant.now()));
                insert.setArray(3, SqlLists.column(connection, "VARCHAR", received, r -> r.file().agencyCode()));
                insert.setArray(4, SqlLists.column(connection, "VARCHAR", received, r -> r.file().source()));
                insert.setArray(5, SqlLists.column(connection, "VARCHAR", received, Received::recordedName));
                insert.setArray(6, SqlLists.column(connection, "VARCHAR", received, r -> r.incoming().sha256()));
                insert.setArray(7, SqlLists.column(connection, "BIGINT", received, r -> r.incoming().size()));
                insert.setArray(8, SqlLists.column(connection, "BIGINT", received, r -> SqlLists.micros(r.file().modified())));
                insert.setArray(9, SqlLists.column(connection, "VARCHAR", received, Received::archivePath));
                insert.execute();
            }
            return null;
        });
        received.clear();
        pauses.reach(PausePoints.RECORDED);
    }

    /**
     * What was received before, per source: files by (agency, name, modification time) and checksums by (agency,
     * SHA-256), read once per run, so that an unchanged source costs no query per file.
     */
    private record Known(Set<String> files, Set<String> checksums) {

        static String key(String agency, String name, Instant modified) {
            return agency + "/" + name + "/" + modified.toEpochMilli();
        }

        static String checksum(String agency, String sha256) {
            return agency + "/" + sha256;
        }
    }

    private Known known() {
        return warehouse.inTransaction(connection -> {
            Set<String> files = new HashSet<>();
            Set<String> checksums = new HashSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select source_agency, file_name, modified_at, sha256 from audit_received_file")) {
                while (rows.next()) {
                    Instant modified = rows.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC);
                    files.add(Known.key(rows.getString(1), SubmissionFileName.fileOf(rows.getString(2)), modified));
                    checksums.add(Known.checksum(rows.getString(1), rows.getString(4)));
                }
            }
            return new Known(files, checksums);
        });
    }

    private List<String[]> sources() {
        return warehouse.inTransaction(connection -> {
            List<String[]> sources = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(SqlScripts.text("sql/registry/sources.sql"))) {
                while (rows.next()) {
                    sources.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            return sources;
        });
    }

    private HttpSource.Validators validators(String url) {
        return warehouse.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select etag, last_modified from audit_http_cache where url = ?")) {
                query.setString(1, url);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? new HttpSource.Validators(rows.getString(1), rows.getString(2)) : null;
                }
            }
        });
    }

    private void saveValidators(String url, HttpSource.Validators validators) {
        if (validators == null) {
            return;
        }
        warehouse.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "insert or replace into audit_http_cache values (?, ?, ?)")) {
                upsert.setString(1, url);
                upsert.setString(2, validators.etag());
                upsert.setString(3, validators.lastModified());
                upsert.execute();
            }
            return null;
        });
    }

    private void recordEvent(long runId, String agency, String source, SourceException event) {
        log.warn("Source of {} ({}): {} {}", agency, source, event.fault(), event.getMessage());
        warehouse.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_source_event values (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, runId);
                insert.setString(2, agency);
                insert.setString(3, source == null ? "" : source);
                insert.setTimestamp(4, utc(Instant.now()));
                insert.setString(5, event.fault().name());
                insert.setString(6, event.getMessage());
                insert.execute();
            }
            return null;
        });
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
