package vn.vtlt.warehouse.validate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One staging CSV of a validated file ({@code rows.csv}, {@code problems.csv}): UTF-8, RFC 4180 with '\n' between
 * records, as DuckDB's {@code read_csv} reads it back. Printed by hand, byte for byte as commons-csv's
 * {@code CSVFormat.RFC4180} with that separator prints it (its minimal quoting, below), because its per-value
 * formatting (a synchronised call, a string made of each number, a scan through its options) cost about as much as
 * all the rules of a row. Printed straight into a block of UTF-8 bytes that goes to the file whole: a write per
 * value cost as much again, and a block of characters encoded afterwards (each number made into characters first)
 * was a sixth of all validation.
 */
final class StagingCsv implements Closeable {

    private static final int BLOCK_BYTES = 1 << 16;
    /** The most UTF-8 bytes one character takes (a surrogate pair takes 4 for 2), and a quote doubled takes 2. */
    private static final int MAX_BYTES_PER_CHAR = 3;
    private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    /**
     * The bytes that send a value to the loop over its characters: those that make it quoted, and '?', which is what
     * String's encoder prints for half a surrogate pair (the loop reports it, as the file's writer once did).
     */
    private static final boolean[] NOT_PLAIN = new boolean[256];

    static {
        for (char c : new char[] {',', '"', '\n', '\r', '?'}) {
            NOT_PLAIN[c] = true;
        }
    }

    private final Path path;
    private byte[] block = new byte[BLOCK_BYTES + 4096];
    /** Bytes printed into {@link #block} and not yet written. */
    private int length;
    /**
     * Whether the block holds half a surrogate pair, printed as nothing: writing the block then fails, as the file's
     * writer once failed when it encoded it.
     */
    private boolean malformed;
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
        room(20);
        printLong(lineNo); // digits and a minus sign: never quoted
        recordStart = false;
        for (Object value : values) {
            print(value);
        }
        endRecord();
    }

    /** A value as commons-csv prints it: null as nothing, anything else as its {@code toString()}, quoted if need be. */
    private void print(Object value) {
        room(1 + 20);
        if (!recordStart) {
            block[length++] = ',';
        }
        if (value instanceof Long number) {
            printLong(number);
        } else if (value instanceof LocalDate date && date.getYear() >= 1000 && date.getYear() <= 9999) {
            printDate(date);
        } else if (value != null) {
            printText(value instanceof CharSequence text ? text : value.toString());
        }
        recordStart = false;
    }

    /** {@link Long#toString(long)}'s digits, printed from the last one back; room for 20 bytes is made by the caller. */
    private void printLong(long value) {
        if (value == Long.MIN_VALUE) { // the one value whose magnitude is not a long
            System.arraycopy(LONG_MIN, 0, block, length, LONG_MIN.length);
            length += LONG_MIN.length;
            return;
        }
        long rest = value;
        if (rest < 0) {
            block[length++] = '-';
            rest = -rest;
        }
        int end = length + digits(rest);
        for (int at = end - 1; at >= length; at--) {
            block[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length = end;
    }

    private static int digits(long positive) {
        int digits = 1;
        for (long rest = positive; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }

    /** {@link LocalDate#toString()} of a four-digit year, yyyy-MM-dd, without the string it makes. */
    private void printDate(LocalDate date) {
        printDigits(date.getYear(), 4);
        block[length++] = '-';
        printDigits(date.getMonthValue(), 2);
        block[length++] = '-';
        printDigits(date.getDayOfMonth(), 2);
    }

    private void printDigits(int value, int width) {
        int rest = value;
        for (int at = length + width - 1; at >= length; at--) {
            block[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += width;
    }

    /**
     * commons-csv's {@code QuoteMode.MINIMAL}: quoted when empty and first of its record (a line of one empty value
     * would be an empty line), when it starts with a character up to '#' (the comment character) or ends with one up
     * to ' ', or holds a comma, a quote or a line break; a quote inside is doubled.
     */
    private void printText(CharSequence text) {
        int chars = text.length();
        if (chars == 0) {
            if (recordStart) {
                block[length++] = '"';
                block[length++] = '"';
            }
            return;
        }
        boolean quotedByItsEnds = text.charAt(0) <= '#' || text.charAt(chars - 1) <= ' ';
        if (!quotedByItsEnds && text instanceof String string && printPlain(string)) {
            return;
        }
        room(MAX_BYTES_PER_CHAR * chars + 2);
        int start = length;
        if (!quotedByItsEnds && printUnquoted(text, chars)) {
            return;
        }
        // the value is printed again from its start, quoted
        length = start;
        block[length++] = '"';
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                block[length++] = '"';
            }
            i = printChar(text, i, c);
        }
        block[length++] = '"';
    }

    /**
     * A string that needs no quotes, printed as String's own UTF-8 encoder gives it (an intrinsic, several times
     * faster than a loop over its characters: nearly every value goes this way); false, nothing printed, when its
     * UTF-8 holds a byte of {@link #NOT_PLAIN}. UTF-8 has ASCII bytes only for ASCII characters.
     */
    private boolean printPlain(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            if (NOT_PLAIN[b & 0xFF]) {
                return false;
            }
        }
        room(utf8.length);
        System.arraycopy(utf8, 0, block, length, utf8.length);
        length += utf8.length;
        return true;
    }

    /** Prints the value as it is; false, half printed, at the first character that needs quotes. */
    private boolean printUnquoted(CharSequence text, int chars) {
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
            i = printChar(text, i, c);
        }
        return true;
    }

    /** One character (or a surrogate pair) in UTF-8; returns the index of the last character it took. */
    private int printChar(CharSequence text, int i, char c) {
        if (c < 0x80) {
            block[length++] = (byte) c;
        } else if (c < 0x800) {
            block[length++] = (byte) (0xC0 | c >> 6);
            block[length++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            block[length++] = (byte) (0xE0 | c >> 12);
            block[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            block[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            block[length++] = (byte) (0xF0 | codePoint >> 18);
            block[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            block[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            block[length++] = (byte) (0x80 | codePoint & 0x3F);
            return i + 1;
        } else {
            malformed = true;
        }
        return i;
    }

    /** Makes room for that many more bytes in the block: a value longer than the block grows it. */
    private void room(int bytes) {
        if (length + bytes > block.length) {
            block = Arrays.copyOf(block, Math.max(block.length * 2, length + bytes));
        }
    }

    private void endRecord() throws IOException {
        room(1);
        block[length++] = '\n';
        recordStart = true;
        records++;
        if (length >= BLOCK_BYTES) {
            writeBlock();
        }
    }

    private void writeBlock() throws IOException {
        if (malformed) {
            throw new MalformedInputException(1);
        }
        file().write(block, 0, length);
        length = 0;
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
