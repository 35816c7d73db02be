package vn.vtlt.warehouse.validate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One staging CSV of a validated file ({@code rows.csv}, {@code problems.csv}): UTF-8, RFC 4180 with '\n' between
 * records, as DuckDB's {@code read_csv} reads it back. Printed by hand, byte for byte as commons-csv's
 * {@code CSVFormat.RFC4180} with that separator prints it (its minimal quoting, below), because its per-value
 * formatting (a synchronised call, a string made of each number, a scan through its options) cost about as much as
 * all the rules of a row. Printed into a buffer that goes to the file in blocks: a write per value cost as much again.
 */
final class StagingCsv implements Closeable {

    private static final int BLOCK_CHARS = 1 << 16;

    private final Path path;
    private final StringBuilder block = new StringBuilder(BLOCK_CHARS + 4096);
    /** Whether the next value is the first of its record (no delimiter before it). */
    private boolean recordStart = true;
    /** Created at once, or, {@link #ifAnyRecord}, with the first block that holds more than the heading row. */
    private OutputStream file;
    /** Records printed after the heading row of {@link #ifAnyRecord}. */
    private long records;

    /** A file created now, whatever is printed into it. */
    StagingCsv(Path path) throws IOException {
        this.path = path;
        file();
    }

    private StagingCsv(Path path, Object... heading) throws IOException {
        this.path = path;
        printRecord(heading);
        records = 0;
    }

    /**
     * A file with a heading row that is created only when a record follows it: most small submissions have no
     * problem, and each file not written is one less to create, read back and remove, which counts with thousands of
     * small files.
     */
    static StagingCsv ifAnyRecord(Path path, Object... heading) throws IOException {
        return new StagingCsv(path, heading);
    }

    /** Records printed after the heading row ({@link #ifAnyRecord}): none, and the file is not created. */
    long records() {
        return records;
    }

    void printRecord(Object... values) throws IOException {
        for (Object value : values) {
            print(value);
        }
        endRecord();
    }

    /** A staged row: its line number, then its values. */
    void printRow(long lineNo, List<Object> values) throws IOException {
        block.append(lineNo); // digits and a minus sign: never quoted
        recordStart = false;
        for (Object value : values) {
            print(value);
        }
        endRecord();
    }

    /** A value as commons-csv prints it: null as nothing, anything else as its {@code toString()}, quoted if need be. */
    private void print(Object value) {
        if (!recordStart) {
            block.append(',');
        }
        if (value instanceof Long number) {
            block.append(number.longValue());
        } else if (value instanceof LocalDate date && date.getYear() >= 1000 && date.getYear() <= 9999) {
            printDate(date);
        } else if (value != null) {
            printText(value instanceof CharSequence text ? text : value.toString());
        }
        recordStart = false;
    }

    /** {@link LocalDate#toString()} of a four-digit year, yyyy-MM-dd, without the string it makes. */
    private void printDate(LocalDate date) {
        block.append(date.getYear()).append('-');
        if (date.getMonthValue() < 10) {
            block.append('0');
        }
        block.append(date.getMonthValue()).append('-');
        if (date.getDayOfMonth() < 10) {
            block.append('0');
        }
        block.append(date.getDayOfMonth());
    }

    /**
     * commons-csv's {@code QuoteMode.MINIMAL}: quoted when empty and first of its record (a line of one empty value
     * would be an empty line), when it starts with a character up to '#' (the comment character) or ends with one up
     * to ' ', or holds a comma, a quote or a line break; a quote inside is doubled.
     */
    private void printText(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            if (recordStart) {
                block.append("\"\"");
            }
            return;
        }
        if (!needsQuotes(text, length)) {
            block.append(text);
            return;
        }
        block.append('"');
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                block.append('"');
            }
            block.append(c);
        }
        block.append('"');
    }

    private static boolean needsQuotes(CharSequence text, int length) {
        if (text.charAt(0) <= '#' || text.charAt(length - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void endRecord() throws IOException {
        block.append('\n');
        recordStart = true;
        records++;
        if (block.length() >= BLOCK_CHARS) {
            writeBlock();
        }
    }

    /**
     * The block in UTF-8: {@code String.getBytes} is about twice as fast as a writer's encoder. A surrogate fails the
     * write when it is not half of a pair, as the writer did; getBytes would print it as '?', so a block that holds any
     * surrogate goes through the strict encoder.
     */
    private void writeBlock() throws IOException {
        String text = block.toString();
        block.setLength(0);
        if (hasSurrogate(text)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            file().write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } else {
            file().write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private OutputStream file() throws IOException {
        if (file == null) {
            file = Files.newOutputStream(path);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        if (file == null && records == 0) {
            return;
        }
        try (OutputStream out = file()) {
            writeBlock();
        }
    }
}
