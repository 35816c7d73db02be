package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * A file a source offers: whose source it is, its name and modification time, and how to read its bytes.
 *
 * @param agencyCode the agency whose source it is
 * @param source     the folder or URL, for the audit
 * @param name       the file name (never a path)
 * @param modified   modification time at the source
 * @param size       size in bytes, or -1 when the source does not say
 * @param content    opens the bytes
 */
public record IncomingFile(String agencyCode, String source, String name, Instant modified, long size,
                           Content content) {

    /** Opens a file's bytes; for HTTP sources, this is the download. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
