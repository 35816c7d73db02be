package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the folder sources hold, in one SHA-256: every entry of every agency folder of the inbox, by name, size and
 * modification time (no file is read). Two equal fingerprints mean that no folder source changed in between.
 */
public final class InboxFingerprint {

    private InboxFingerprint() {
    }

    public static String of(Path inbox) throws IOException {
        MessageDigest digest = Archive.sha256();
        if (!Files.isDirectory(inbox)) {
            return "absent";
        }
        for (Path folder : sorted(inbox)) {
            update(digest, folder.getFileName() + "/");
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path entry : sorted(folder)) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                update(digest, entry.getFileName() + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis()
                        + "|" + (attributes.isRegularFile() ? "f" : "o"));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

}
