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

    /**
     * A reader of the file that fails with {@link RecordTooLongException} as soon as one record (a line, or the
     * lines a quoted field spans: they are one field) has more than {@code maxRecordChars} characters, so that no
     * record larger than that is ever held in memory.
     */
    public Reader open(Path file, char delimiter, int maxRecordChars) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return new BoundedRecordReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), delimiter, maxRecordChars);
    }

    /**
     * Counts the characters of the current record as the CSV parser will see it: a line break inside a quoted field
     * (a quote at the start of a field opens it, a quote not followed by another closes it) does not end the record.
     */
    private static final class BoundedRecordReader extends FilterReader {

        private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

        private final char delimiter;
        private final int maxRecordChars;
        private State state = State.FIELD_START;
        private int recordLength;

        BoundedRecordReader(Reader in, char delimiter, int maxRecordChars) {
            super(in);
            this.delimiter = delimiter;
            this.maxRecordChars = maxRecordChars;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                // most characters are inside a field and leave the state as it is: counted without the switch
                if (state == State.UNQUOTED ? c != delimiter && c != '\n' && c != '\r' : state == State.QUOTED && c != '"') {
                    if (++recordLength > maxRecordChars) {
                        throw new RecordTooLongException(maxRecordChars);
                    }
                } else {
                    count(c);
                }
            }
            return read;
        }

        private void count(char c) throws RecordTooLongException {
            boolean lineBreak = c == '\n' || c == '\r';
            state = switch (state) {
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : afterField(c, lineBreak);
                case FIELD_START -> c == '"' ? State.QUOTED : afterField(c, lineBreak);
                case UNQUOTED -> afterField(c, lineBreak);
            };
            recordLength = state == State.FIELD_START && lineBreak ? 0 : recordLength + 1;
            if (recordLength > maxRecordChars) {
                throw new RecordTooLongException(maxRecordChars);
            }
        }

        private State afterField(char c, boolean lineBreak) {
            return c == delimiter || lineBreak ? State.FIELD_START : State.UNQUOTED;
        }
    }

    /** A record (a line, or the lines a quoted field spans) longer than the limit. */
    public static final class RecordTooLongException extends IOException {
        RecordTooLongException(int maxRecordChars) {
            super("longer than " + maxRecordChars + " characters");
        }
    }
}
