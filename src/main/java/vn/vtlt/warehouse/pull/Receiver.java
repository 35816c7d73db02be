package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.problem.Fault;

import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Pulls every agency's source (contract section 2) and receives what is new: archives it and records it in
 * {@code audit_received_file} as RECEIVED, to be validated and loaded. A file already received (same name and
 * modification time, or the same SHA-256) is skipped without a second look, so a rerun on unchanged sources
 * costs one directory listing or one 304 per agency.
 */
@Component
public class Receiver {

    private static final Logger log = LoggerFactory.getLogger(Receiver.class);

    private final Warehouse warehouse;
    private final FolderSource folders;
    private final HttpSource http;
    private final Archive archive;

    public Receiver(Warehouse warehouse, FolderSource folders, HttpSource http, Archive archive) {
        this.warehouse = warehouse;
        this.folders = folders;
        this.http = http;
        this.archive = archive;
    }

    /** Pulls all sources; returns how many files were received. */
    public int pullAll(Path inbox, long runId) throws IOException {
        archive.clearIncoming();
        int received = 0;
        for (String[] agencySource : sources()) {
            String agency = agencySource[0];
            String url = agencySource[1];
            try {
                received += url == null
                        ? receiveAll(folders.list(inbox, agency), runId, agency, inbox.resolve(agency).toString())
                        : pullHttp(agency, url, runId);
            } catch (SourceException e) {
                recordEvent(runId, agency, url, e);
            }
        }
        log.info("Received {} new file(s)", received);
        return received;
    }

    private int pullHttp(String agency, String url, long runId) throws SourceException {
        HttpSource.Listing listing = http.list(agency, url, validators(url));
        for (SourceException refused : listing.refused()) {
            recordEvent(runId, agency, url, refused);
        }
        int received = receiveAll(listing.files(), runId, agency, url);
        saveValidators(url, listing.validators());
        return received;
    }

    private int receiveAll(List<IncomingFile> files, long runId, String agency, String source) {
        int received = 0;
        for (IncomingFile file : files) {
            try {
                if (receive(file, runId)) {
                    received++;
                }
            } catch (IOException e) {
                recordEvent(runId, agency, source, new SourceException(Fault.SOURCE_UNREACHABLE,
                        file.name() + ": " + e.getMessage(), e));
            }
        }
        return received;
    }

    private boolean receive(IncomingFile file, long runId) throws IOException {
        if (alreadyReceived(file)) {
            return false;
        }
        Archive.Incoming incoming = archive.receive(file);
        Long sameContent = warehouse.queryLong("select file_id from audit_received_file where sha256 = ?", incoming.sha256());
        if (sameContent != null) {
            Files.deleteIfExists(incoming.temp());
            log.info("{} from {}: identical to file {} already received, skipped", file.name(), file.agencyCode(), sameContent);
            return false;
        }
        String archivePath = archive.keep(incoming, file.agencyCode(), file.name());
        warehouse.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/receive/record_file.sql"))) {
                insert.setLong(1, runId);
                insert.setString(2, file.agencyCode());
                insert.setString(3, file.source());
                insert.setString(4, file.name());
                insert.setString(5, incoming.sha256());
                insert.setLong(6, incoming.size());
                insert.setTimestamp(7, utc(file.modified()));
                insert.setTimestamp(8, utc(Instant.now()));
                insert.setString(9, archivePath);
                insert.execute();
            }
            return null;
        });
        log.info("Received {} from {} ({} bytes)", file.name(), file.agencyCode(), incoming.size());
        return true;
    }

    private boolean alreadyReceived(IncomingFile file) {
        Long known = warehouse.queryLong("select count(*) from audit_received_file where source_agency = ? "
                        + "and file_name = ? and modified_at = ? and (? < 0 or size_bytes = ?)",
                file.agencyCode(), file.name(), utc(file.modified()), file.size(), file.size());
        return known != null && known > 0;
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
