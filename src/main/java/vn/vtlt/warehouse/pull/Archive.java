package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;

/**
 * The archive of received files (contract section 5: nothing is lost): every file kept unchanged as
 * {@code archive/<agency_code>/<sha256>/<name>} with {@code <name>.sha256} beside it. Files arrive through
 * {@code archive/.incoming/} and are moved in place whole, so a crash never leaves half a file in the archive.
 */
@Component
public class Archive {

    /** A file over the size limit: refused, never read whole. */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("larger than the limit of " + limit + " bytes (vtlt.http.max-file-bytes)");
        }
    }

    /** A file copied into the incoming area, with its checksum. */
    public record Incoming(Path temp, String sha256, long size) {
    }

    private final Path root;
    private final long maxBytes;

    public Archive(VtltProperties properties) {
        this.root = properties.archiveDir();
        this.maxBytes = properties.http().maxFileBytes();
    }

    /** Removes what a crash left in the incoming area, and makes sure that there is one. */
    public void clearIncoming() throws IOException {
        Path incoming = Files.createDirectories(root.resolve(".incoming"));
        syncFolder(root.getParent());
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : leftovers.toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Copies a file into the incoming area ({@link #clearIncoming()} made it), hashing it on the way; refuses a file
     * over the size limit. Several files may be received at once.
     */
    public Incoming receive(IncomingFile file) throws IOException {
        if (file.size() > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        Path temp = Files.createTempFile(root.resolve(".incoming"), "file-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(file.content().open(), digest);
             FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            // on disk before it counts as received (nothing received is lost, also after a power cut)
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Incoming(temp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Moves a received file to its place in the archive, with its checksum file, and returns its path relative to
     * the home folder once both and the folders naming them are on disk: the caller records it as received after
     * this, so a power cut never leaves a recorded file missing from the archive.
     */
    public String keep(Incoming incoming, String agencyCode, String name) throws IOException {
        Path agency = root.resolve(agencyCode);
        Path folder = Files.createDirectories(agency.resolve(incoming.sha256()));
        Path target = folder.resolve(name);
        Files.move(incoming.temp(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel checksum = FileChannel.open(folder.resolve(name + ".sha256"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            checksum.write(ByteBuffer.wrap((incoming.sha256() + "  " + name + "\n").getBytes(StandardCharsets.UTF_8)));
            checksum.force(true);
        }
        // a file's name is durable once its folder is synced: the checksum folder, the agency's, the archive's
        for (Path named : List.of(folder, agency, root)) {
            syncFolder(named);
        }
        return root.getParent().relativize(target).toString();
    }

    private static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Removes a file kept in this run that is not recorded after all (a copy of another), with its checksum file. */
    public void discard(String archivePath) throws IOException {
        Path file = resolve(archivePath);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".sha256"));
        Files.deleteIfExists(file);
    }

    public Path resolve(String archivePath) {
        return root.getParent().resolve(archivePath);
    }

    /** A new SHA-256 digest (the checksum of received files, and of the fingerprints of a quick rerun). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
