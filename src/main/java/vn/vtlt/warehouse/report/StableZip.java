package vn.vtlt.warehouse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes an Office file (XLSX, DOCX: a zip) depend on its content only, so that an edition regenerates to the same
 * bytes: the writers stamp the clock into each zip entry's time and into the document's created and modified
 * properties ({@code docProps/core.xml}); both are set here to the review's generation time instead.
 */
final class StableZip {

    /** Before the first DOS date; a review built in memory without a generation time gets this. */
    private static final Instant NO_TIME = Instant.parse("1980-01-01T00:00:00Z");
    private static final String CORE_PROPERTIES = "docProps/core.xml";

    private StableZip() {
    }

    static byte[] rewrite(byte[] zip, Instant generatedAt) throws IOException {
        Instant stamp = generatedAt == null ? NO_TIME : generatedAt;
        LocalDateTime entryTime = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
        String w3c = DateTimeFormatter.ISO_INSTANT.format(stamp);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        // read by the central directory: the XLSX writer streams entries whose local headers carry no sizes
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (InputStream entryIn = in.getInputStream(entry)) {
                    content = entryIn.readAllBytes();
                }
                if (entry.getName().equals(CORE_PROPERTIES)) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + w3c + "$3")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entryTime);
                rewritten.putNextEntry(copy);
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
