package vn.vtlt.warehouse.parse;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into the records and cells of RFC 4180 (contract section 3) in one pass over blocks of chars,
 * with the line each record starts on, never holding a record longer than a limit. It splits exactly as the
 * commons-csv reading it replaces ({@code CSVFormat.RFC4180}, empty lines kept, nothing trimmed): a line break ends a
 * record (CR, LF or CRLF; an empty line is a record of one empty cell); a field that starts with a quote is quoted
 * ({@code ""} is a quote in it, line breaks are text in it), a quote anywhere else is text; after a closing quote only
 * whitespace may come before the delimiter or the line end. The decoder is asked for text when and as much as
 * commons-csv asked for it, and a block is checked for over-long records as soon as it is read, as before, so that a
 * malformed byte or an over-long record fails at the same record and with the same fault as it did.
 */
public final class DelimitedRecordReader implements Closeable {

    /** commons-csv's buffer: the decoding reader is asked for this many chars whenever the last are used up. */
    private static final int BLOCK = 8192;

    /** What {@link #checkLengths} knows at the start of a block of where it is in a record. */
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    /** The highest char that may end an unquoted field: most chars are above it and need no other comparison. */
    private final char highestSpecial;
    private final char[] buffer = new char[BLOCK];
    private int pos;
    private int end;
    /** How many chars were read before {@code buffer[0]}. */
    private long bufferStart;
    /** Line breaks read so far, a CRLF as one, those inside quoted fields included. */
    private long lineBreaks;
    /** Where the current record starts, counted in chars from the start of the text. */
    private long recordStart;
    private long lineNumber;
    /** A field read over more than one block, or with a {@code ""} in it. */
    private final StringBuilder field = new StringBuilder();
    private String[] cells = new String[32];
    private int cellCount;

    /**
     * @param in             the decoded text; read in blocks, never through a buffering reader of its own
     * @param delimiter      ',', ';' or '\t'
     * @param maxRecordChars the most chars of one record (a line, or the lines a quoted field spans: they are one
     *                       record), its line end not counted
     */
    public DelimitedRecordReader(Reader in, char delimiter, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.highestSpecial = (char) Math.max(delimiter, '\r');
    }

    /**
     * The next record's cells, or null at the end of the text.
     *
     * @throws RecordTooLongException        a record longer than the limit
     * @throws MalformedCsvException         text after a closing quote, or a quote never closed
     * @throws java.nio.charset.CharacterCodingException bytes that are not valid in the encoding
     */
    public String[] next() throws IOException {
        recordStart = bufferStart + pos;
        lineNumber = lineBreaks + 1;
        cellCount = 0;
        if (pos == end && !fill(FIELD_START, 0)) {
            return null;
        }
        while (buffer[pos] == '"' ? readQuoted() : readUnquoted()) {
            // a delimiter was read: another field follows, empty if the text ends here
            if (pos == end && !fill(FIELD_START, bufferStart + pos - recordStart)) {
                addCell("");
                break;
            }
        }
        return Arrays.copyOf(cells, cellCount);
    }

    /** The line the record last returned (or being read when reading failed) starts on, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads an unquoted field; true when a delimiter ended it, false when a line end or the end of the text did. */
    private boolean readUnquoted() throws IOException {
        int start = pos;
        while (true) {
            while (pos < end) {
                char c = buffer[pos];
                if (c <= highestSpecial && (c == delimiter || c == '\n' || c == '\r')) {
                    addCell(start, pos++);
                    if (c == delimiter) {
                        return true;
                    }
                    endOfLine(c);
                    return false;
                }
                pos++;
            }
            field.append(buffer, start, pos - start);
            if (!fill(UNQUOTED, bufferStart + pos - recordStart)) {
                addCell(takeField());
                return false;
            }
            start = 0;
        }
    }

    /** Reads a quoted field from its opening quote; true when a delimiter ended it, false when a line end or the end of the text did. */
    private boolean readQuoted() throws IOException {
        long startLine = lineBreaks + 1;
        int start = ++pos;
        char previous = '"';
        while (true) {
            if (pos == end) {
                field.append(buffer, start, pos - start);
                if (!fill(QUOTED, bufferStart + pos - recordStart)) {
                    throw new MalformedCsvException(String.format(
                            "(startline %,d) EOF reached before encapsulated token finished", startLine), 0, 0);
                }
                start = 0;
            }
            char c = buffer[pos++];
            if (c == '"') {
                if (pos < end && buffer[pos] != '"') {
                    // the closing quote, with the char after it at hand: the field's text taken without a copy
                    return afterClosingQuote(cellText(start, pos - 1));
                }
                field.append(buffer, start, pos - 1 - start);
                if ((pos < end || fill(QUOTE_IN_QUOTED, bufferStart + pos - recordStart)) && buffer[pos] == '"') {
                    // a quote doubled is one quote of the text
                    start = pos++;
                    previous = '"';
                    continue;
                }
                return afterClosingQuote(takeField());
            }
            if (c <= '\r' && (c == '\r' || c == '\n' && previous != '\r')) {
                lineBreaks++;
            }
            previous = c;
        }
    }

    /** After a closing quote: whitespace up to the delimiter, line end or end of text, nothing else. */
    private boolean afterClosingQuote(String value) throws IOException {
        while (true) {
            if (pos == end && !fill(UNQUOTED, bufferStart + pos - recordStart)) {
                addCell(value);
                return false;
            }
            char c = buffer[pos++];
            if (c == delimiter) {
                addCell(value);
                return true;
            }
            if (c == '\n' || c == '\r') {
                addCell(value);
                endOfLine(c);
                return false;
            }
            if (!Character.isWhitespace(c)) {
                throw new MalformedCsvException(String.format(
                        "Invalid character between encapsulated token and delimiter at line: %,d, position: %,d",
                        lineBreaks + 1, bufferStart + pos), lineBreaks + 1, cellCount + 1);
            }
        }
    }

    /** Counts a line end that ends a record; a CR takes the LF right after it. */
    private void endOfLine(char c) throws IOException {
        lineBreaks++;
        if (c == '\r' && (pos < end || fill(FIELD_START, 0)) && buffer[pos] == '\n') {
            pos++;
        }
    }

    private void addCell(int start, int stop) {
        addCell(cellText(start, stop));
    }

    /** A cell's text: what {@link #field} holds of it, then the buffer from start to stop. */
    private String cellText(int start, int stop) {
        if (field.isEmpty()) {
            return new String(buffer, start, stop - start);
        }
        field.append(buffer, start, stop - start);
        return takeField();
    }

    private String takeField() {
        String text = field.toString();
        field.setLength(0);
        return text;
    }

    private void addCell(String value) {
        if (cellCount == cells.length) {
            cells = Arrays.copyOf(cells, cellCount * 2);
        }
        cells[cellCount++] = value;
    }

    /**
     * Reads the next block once the last is used up; false at the end of the text.
     *
     * @param state       where in the current record the block starts
     * @param recordChars chars of the current record before the block
     */
    private boolean fill(int state, long recordChars) throws IOException {
        bufferStart += end;
        pos = 0;
        end = 0;
        int read = in.read(buffer, 0, BLOCK);
        if (read <= 0) {
            return false;
        }
        end = read;
        // a record can pass the limit within the block only if the current one with the whole block would: most
        // blocks are not looked at again
        if (recordChars + read > maxRecordChars) {
            checkLengths(state, recordChars);
        }
        return true;
    }

    /**
     * Fails when a record reaches more than the limit within the block just read, as soon as the block is read (so
     * at the record being read then, as the reader before this one did), whatever the reading of it will find first.
     */
    private void checkLengths(int state, long recordChars) throws RecordTooLongException {
        long length = recordChars;
        for (int i = 0; i < end; i++) {
            char c = buffer[i];
            boolean lineBreak = c == '\n' || c == '\r';
            state = switch (state) {
                case QUOTED -> c == '"' ? QUOTE_IN_QUOTED : QUOTED;
                case QUOTE_IN_QUOTED -> c == '"' ? QUOTED : afterField(c, lineBreak);
                case FIELD_START -> c == '"' ? QUOTED : afterField(c, lineBreak);
                default -> afterField(c, lineBreak);
            };
            length = state == FIELD_START && lineBreak ? 0 : length + 1;
            if (length > maxRecordChars) {
                throw new RecordTooLongException(maxRecordChars);
            }
        }
    }

    private int afterField(char c, boolean lineBreak) {
        return c == delimiter || lineBreak ? FIELD_START : UNQUOTED;
    }

    /** A record (a line, or the lines a quoted field spans: they are one record) longer than the limit. */
    public static final class RecordTooLongException extends IOException {
        RecordTooLongException(int maxRecordChars) {
            super("longer than " + maxRecordChars + " characters");
        }
    }

    /**
     * Text that is not RFC 4180: a quote never closed, or text after a closing quote. Its message is worded as
     * commons-csv worded it; for text after a closing quote it also tells the line that text is on and the field's
     * column (from 1), so that the feedback can name them.
     */
    public static final class MalformedCsvException extends IOException {
        private final long textLine;
        private final int column;

        MalformedCsvException(String message, long textLine, int column) {
            super(message);
            this.textLine = textLine;
            this.column = column;
        }

        /** Whether a quoted field was closed and text followed it before the delimiter (else: a quote never closed). */
        public boolean textAfterClosingQuote() {
            return column > 0;
        }

        /** The line the text after the closing quote is on. */
        public long textLine() {
            return textLine;
        }

        /** The column of the quoted field, from 1. */
        public int column() {
            return column;
        }
    }
}
