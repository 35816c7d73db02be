package vn.vtlt.warehouse.parse;

import java.io.FilterReader;
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

    /** The longest line read: a longer one is no table (a binary or broken file) and is not held in memory. */
    public static final int MAX_LINE_CHARS = 1_000_000;

    public Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return new BoundedLineReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Fails with {@link LineTooLongException} on a line longer than {@link #MAX_LINE_CHARS}. */
    private static final class BoundedLineReader extends FilterReader {

        private int lineLength;

        BoundedLineReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                count(buffer[i]);
            }
            return read;
        }

        private void count(int c) throws LineTooLongException {
            lineLength = c == '\n' || c == '\r' ? 0 : lineLength + 1;
            if (lineLength > MAX_LINE_CHARS) {
                throw new LineTooLongException();
            }
        }
    }

    /** A line longer than {@link #MAX_LINE_CHARS}. */
    public static final class LineTooLongException extends IOException {
        LineTooLongException() {
            super("a line longer than " + MAX_LINE_CHARS + " characters");
        }
    }
}
