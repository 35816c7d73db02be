package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

import vn.vtlt.warehouse.pull.Archive;
import vn.vtlt.warehouse.validate.SubmissionFileName;

/**
 * Writes uploads into the agencies' folder sources, {@code <inbox>/<agency_code>/}, for the next import to pull.
 * The upload streams to a hidden temporary file in that folder (the import skips names starting with a dot), which
 * is then linked under its final name, an operation that fails rather than replace a file: a name already taken
 * gets the suffix {@code _2}, {@code _3}... that the contract allows after the year. The name is always built
 * from the parsed parts, never taken as a path. The file's modification time is the upload's time: its arrival
 * time (contract section 9). An upload that is not to be kept (bytes the import already has) is never linked: closing
 * its {@link Incoming} removes the temporary file.
 */
public class Inbox {

    /** A file written into the inbox. */
    public record Stored(Path file, String fileName, String sha256, long size, Instant receivedAt) {
    }

    /**
     * An upload received into a hidden temporary file of its agency's folder, not yet under a name the import reads;
     * closing it removes the temporary file (after {@link #keep} the inbox keeps the file under its name).
     */
    public record Incoming(Path temporary, String sha256, long size, Instant receivedAt) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temporary);
        }
    }

    /** A file over the sources' size limit: refused, nothing kept. */
    public static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super("the file is over the size limit of " + limit + " bytes (vtlt.http.max-file-bytes) / tệp vượt quá "
                    + "dung lượng cho phép " + limit + " byte");
        }
    }

    private final Path inbox;
    private final long maxFileBytes;

    public Inbox(Path inbox, long maxFileBytes) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Streams an upload into the agency's folder under a hidden name, with its checksum and arrival time; refuses
     * one over the sources' size limit ({@link TooLarge}) before writing anything.
     */
    public Incoming receive(String agencyCode, MultipartFile upload) throws IOException {
        if (upload.getSize() > maxFileBytes) {
            throw new TooLarge(maxFileBytes);
        }
        Path folder = Files.createDirectories(inbox.resolve(agencyCode));
        Path temporary = folder.resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            upload.transferTo(temporary);
            Instant receivedAt = Instant.now();
            Files.setLastModifiedTime(temporary, FileTime.from(receivedAt));
            return new Incoming(temporary, sha256(temporary), Files.size(temporary), receivedAt);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Where an upload waits in its agency's folder (a workbook's sheet: the workbook). */
    public Path fileOf(Uploads.Upload upload) {
        return inbox.resolve(upload.agencyCode()).resolve(SubmissionFileName.fileOf(upload.fileName()));
    }

    /** Gives a received upload its name in the agency's folder: the first of the name's suffixes not taken. */
    public Stored keep(Incoming incoming, UploadName name) throws IOException {
        Path folder = incoming.temporary().getParent();
        for (int n = 1; ; n++) {
            String fileName = name.fileName(n);
            Path target = folder.resolve(fileName);
            try {
                Files.createLink(target, incoming.temporary());
                return new Stored(target, fileName, incoming.sha256(), incoming.size(), incoming.receivedAt());
            } catch (FileAlreadyExistsException taken) {
                // the next suffix
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Archive.sha256();
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
