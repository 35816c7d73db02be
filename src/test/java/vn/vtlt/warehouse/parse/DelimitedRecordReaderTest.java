package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The reader against the reading it replaces, as the oracle: commons-csv's {@code RFC4180} with empty lines kept and
 * nothing trimmed, over the record-bounding reader that counted each record's chars as blocks were decoded. Both read
 * the same bytes through the same decoder; the bytes come a few at a time as well as all at once, so that blocks end
 * anywhere (in a CRLF, between two quotes, in a character's bytes). What is compared: every record's line and cells,
 * and where reading fails, what failed (the decoder, the limit, a quote), its message and the line it is named at.
 */
class DelimitedRecordReaderTest {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final char[] ALPHABET = {'a', 'Ư', ',', ';', '\t', '"', '\r', '\n', ' '};
    private static final int NO_LIMIT = 1_000_000;
    /** All the bytes a read asks for. */
    private static final int WHOLE = Integer.MAX_VALUE;

    @Test
    void readsEveryCraftedCaseAsCommonsCsvDid() {
        List<String> texts = List.of(
                "", "a", "a,b\r\nc,d\r\n", "a;b\rc;d\r", "a\tb\nc\td", "a\n", "a\r", "a\r\n", "\n", "\r\n\r\n",
                "\n\na\n\n", "a,\n,b\n,\n", ",", "a,", "a,\r\n", // empty lines and empty cells, with and without a line end
                "a\"b,c\"\"d\"\n\"", // quotes inside unquoted fields are text
                "\"a\"\"b\",\"\"\"\",\"\"\n\"\"", // doubled quotes inside quoted fields
                "\"a\r\nb\rc\nd\",e\nnext,line\r\n\"\r\"\n\"\n\r\"", // quoted fields over lines: the lines after them
                "x\n\"a\"b,c\n", "x\n\"a\" \t ,c\n", "\"a\"\u3000\u2028,c\n", "\"a\"\u00A0,c\n", "\"a\"\"\n", // after a closing quote
                "\"a\" x", "\"a\" \r\n", "\"a\"\t", // the end of the text after a closing quote
                "x\n\"never closed\nstill", "x\r\n\"", "\"a\"\"", "a,\"b\r\n", // a quote never closed
                "ab,cd,ef\r\nabcdefghijklmnopqrstuvwxyz\r\nx", "x\n\"" + "\r\n".repeat(40) + "\"\n", // too long
                "\"ab\"c" + "d".repeat(60) + "\n", "a\n" + "b".repeat(70) + "\n\"c\"d\n", // too long and malformed
                " \"a\",b\n", "a, \"b\"\n"); // a quote after a space opens nothing
        for (String text : texts) {
            for (char delimiter : DELIMITERS) {
                for (int maxChars : new int[] {NO_LIMIT, 8, 30}) {
                    for (int bytesPerRead : new int[] {WHOLE, 1, 3}) {
                        assertReadsAsBefore(utf8(text), StandardCharsets.UTF_8, delimiter, maxChars, bytesPerRead);
                    }
                }
            }
        }
    }

    @Test
    void failsOnMalformedBytesAtTheSameRecordAsBefore() {
        // given: bytes that are not UTF-8 on line 3, at the end (a sequence cut off), and after the first blocks
        List<byte[]> inputs = List.of(
                concat(utf8("a,b\r\nc,d\r\n\"e"), new byte[] {(byte) 0xFF}, utf8("\",f\r\n")),
                concat(utf8("a,b\nƯ"), new byte[] {(byte) 0xC3}),
                concat(utf8(longLines(20_000)), new byte[] {(byte) 0xC0, (byte) 0x80}, utf8("\nlast\n")));
        for (byte[] bytes : inputs) {
            for (int bytesPerRead : new int[] {WHOLE, 1, 5000}) {
                assertReadsAsBefore(bytes, StandardCharsets.UTF_8, ',', NO_LIMIT, bytesPerRead);
            }
        }
    }

    @Test
    void readsBlocksThatEndInALineEndOrBetweenQuotesAsBefore() {
        // given: texts longer than a block, whose CRLF, doubled quote or closing quote straddles the 8,192nd char
        for (int shift = 8188; shift <= 8193; shift++) {
            for (String tail : List.of("\r\nb,c\r\n", "\"\"d\",e\n", "\" ,f\r\ng", "\"x\n", "\"\r\n\"")) {
                String text = "\"" + "q".repeat(shift - 1) + tail + "z,\"" + "\r\n".repeat(2000) + "\"";
                for (int maxChars : new int[] {NO_LIMIT, 8190, 8200}) {
                    assertReadsAsBefore(utf8(text), StandardCharsets.UTF_8, ',', maxChars, WHOLE);
                    assertReadsAsBefore(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, ',', maxChars, WHOLE);
                }
            }
        }
    }

    @Test
    void readsThousandsOfRandomTextsAsCommonsCsvDid() {
        Random random = new Random(20261202);
        for (int i = 0; i < 2500; i++) {
            // given: a text of the alphabet, sometimes with a byte that is not UTF-8, read a few bytes at a time or
            // whole; a few texts over several blocks
            boolean longText = i % 100 == 0;
            String text = randomText(random, random.nextInt(longText ? 20_000 : 60));
            byte[] bytes = utf8(text);
            if (random.nextInt(10) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
            }
            int maxChars = random.nextBoolean() ? NO_LIMIT : 1 + random.nextInt(longText ? 12_000 : 40);
            int bytesPerRead = random.nextBoolean() ? WHOLE : 1 + random.nextInt(longText ? 3000 : 20);
            for (char delimiter : DELIMITERS) {
                assertReadsAsBefore(bytes, StandardCharsets.UTF_8, delimiter, maxChars, bytesPerRead);
            }
        }
    }

    /** What reading gave: a record and its line, or the failure that ended reading and the line it is named at. */
    private record Read(long line, List<String> cells, String failure) {
    }

    private static void assertReadsAsBefore(byte[] bytes, Charset charset, char delimiter, int maxChars, int bytesPerRead) {
        // when
        List<Read> before = readBefore(decoder(bytes, charset, bytesPerRead), delimiter, maxChars);
        List<Read> now = readNow(decoder(bytes, charset, bytesPerRead), delimiter, maxChars);
        // then
        assertThat(now).as("%s, delimiter %s, at most %d chars, %d bytes per read",
                        escape(new String(bytes, charset)), escape(String.valueOf(delimiter)), maxChars, bytesPerRead)
                .isEqualTo(before);
    }

    private static List<Read> readNow(Reader decoded, char delimiter, int maxChars) {
        List<Read> reads = new ArrayList<>();
        try (DelimitedRecordReader records = new DelimitedRecordReader(decoded, delimiter, maxChars)) {
            try {
                for (String[] cells; (cells = records.next()) != null; ) {
                    reads.add(new Read(records.lineNumber(), List.of(cells), null));
                }
            } catch (IOException e) {
                reads.add(new Read(records.lineNumber(), List.of(), failure(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    /** The lines of records as {@code DelimitedFile} numbered them with commons-csv: one after the previous record's last. */
    private static List<Read> readBefore(Reader decoded, char delimiter, int maxChars) {
        List<Read> reads = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false).get();
        try (CSVParser parser = format.parse(new BoundedRecordReader(decoded, delimiter, maxChars))) {
            Iterator<CSVRecord> records = parser.iterator();
            long lineAfterPrevious = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    reads.add(new Read(lineAfterPrevious + 1, record.toList(), null));
                    lineAfterPrevious = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException e) {
                reads.add(new Read(lineAfterPrevious + 1, List.of(), failure(e.getCause())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    /** What failed, as {@code DelimitedFile} tells the three apart, and the message it quotes. */
    private static String failure(IOException e) {
        String kind = e instanceof CharacterCodingException ? "encoding"
                : e.getClass().getSimpleName().equals("RecordTooLongException") ? "too long" : "malformed";
        return kind + ": " + e.getMessage();
    }

    /** The file's text as {@link DetectedEncoding#open} decodes it, the bytes coming at most so many per read. */
    private static Reader decoder(byte[] bytes, Charset charset, int bytesPerRead) {
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, bytesPerRead));
            }

            @Override
            public synchronized int available() {
                return bytesPerRead == WHOLE ? super.available() : 0;
            }
        };
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static String longLines(int chars) {
        StringBuilder text = new StringBuilder(chars);
        for (int i = 0; text.length() < chars; i++) {
            text.append("Nguyễn,").append(i).append(",\"Lưu trữ\r\nhọc\"\r\n");
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "... (" + text.length() + " chars)" : text;
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /**
     * The record-bounding reader that {@code DetectedEncoding} put between the decoder and commons-csv before this
     * reader, unchanged: it counted the chars of each record as commons-csv would split them, block by block as
     * they were decoded, and failed as soon as one passed the limit.
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

    private static final class RecordTooLongException extends IOException {
        RecordTooLongException(int maxRecordChars) {
            super("longer than " + maxRecordChars + " characters");
        }
    }
}
