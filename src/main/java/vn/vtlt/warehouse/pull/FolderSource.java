package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * An agency's inbox folder, {@code <inbox>/<agency_code>/} (contract section 2). Only regular files directly in
 * it are offered; hidden files, Excel lock files ({@code ~$...}) and symbolic links are not.
 */
@Component
public class FolderSource {

    public List<IncomingFile> list(Path inbox, String agencyCode) throws IOException {
        Path folder = inbox.resolve(agencyCode);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<IncomingFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~$") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                files.add(new IncomingFile(agencyCode, folder.toString(), name,
                        Files.getLastModifiedTime(file).toInstant(), Files.size(file), () -> Files.newInputStream(file)));
            }
        }
        return files;
    }
}
