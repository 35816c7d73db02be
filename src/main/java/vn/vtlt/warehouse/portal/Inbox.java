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
 * time (contract section 9).
 */
public class Inbox {

    /** A file written into the inbox. */
    public record Stored(Path file, String fileName, String sha256, long size, Instant receivedAt) {
    }

    private final Path inbox;

    public Inbox(Path inbox) {
        this.inbox = inbox.toAbsolutePath().normalize();
    }

    public Stored store(SubmissionFileName name, MultipartFile upload) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(name.agencyCode()));
        Path temporary = folder.resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            upload.transferTo(temporary);
            Instant receivedAt = Instant.now();
            Files.setLastModifiedTime(temporary, FileTime.from(receivedAt));
            String sha256 = sha256(temporary);
            long size = Files.size(temporary);
            for (int n = 1; ; n++) {
                String fileName = name(name, n);
                Path target = folder.resolve(fileName);
                try {
                    Files.createLink(target, temporary);
                    return new Stored(target, fileName, sha256, size, receivedAt);
                } catch (FileAlreadyExistsException taken) {
                    // the next suffix
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code QH-776_nhan-su_2016.csv}, then {@code QH-776_nhan-su_2016_2.csv}... */
    static String name(SubmissionFileName name, int n) {
        return name.agencyCode() + "_" + name.dataset().code() + "_" + name.year() + (n == 1 ? "" : "_" + n)
                + "." + name.extension();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Archive.sha256();
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
