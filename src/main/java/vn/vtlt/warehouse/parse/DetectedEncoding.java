package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a file and how to read it: decoding reports malformed input instead of replacing it, so a byte
 * that is wrong in the detected encoding becomes a clear rejection, not a silent '\uFFFD'.
 *
 * @param charset   the charset
 * @param bomLength bytes of byte-order mark to skip
 * @param label     how the feedback names it
 */
public record DetectedEncoding(Charset charset, int bomLength, String label) {

    /**
     * The file's text after its byte-order mark, unbuffered beyond the decoder's own bytes: {@link
     * DelimitedRecordReader} reads it in blocks.
     */
    public Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
