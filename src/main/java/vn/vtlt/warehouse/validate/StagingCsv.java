package vn.vtlt.warehouse.validate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One staging CSV of a validated file ({@code rows.csv}, {@code problems.csv}): UTF-8, RFC 4180 with '\n' between
 * records, as DuckDB's {@code read_csv} reads it back. commons-csv decides the quoting; it prints into a buffer that
 * goes to the file in blocks, because printing each value into the file's writer (a substring and a synchronised
 * write per value) cost about as much as all the rules of a row.
 */
final class StagingCsv implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final int BLOCK_CHARS = 1 << 16;

    private final Path path;
    private final StringBuilder block = new StringBuilder(BLOCK_CHARS + 4096);
    private final CSVPrinter printer = new CSVPrinter(block, FORMAT);
    /** Created at once, or, {@link #ifAnyRecord}, with the first block that holds more than the heading row. */
    private Writer file;
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
            printer.print(value);
        }
        endRecord();
    }

    /** A staged row: its line number, then its values. */
    void printRow(long lineNo, List<Object> values) throws IOException {
        printer.print(lineNo);
        for (Object value : values) {
            printer.print(value);
        }
        endRecord();
    }

    private void endRecord() throws IOException {
        printer.println();
        records++;
        if (block.length() >= BLOCK_CHARS) {
            writeBlock();
        }
    }

    private void writeBlock() throws IOException {
        file().append(block);
        block.setLength(0);
    }

    private Writer file() throws IOException {
        if (file == null) {
            file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        if (file == null && records == 0) {
            return;
        }
        try (Writer out = file()) {
            out.append(block);
            block.setLength(0);
        }
    }
}
