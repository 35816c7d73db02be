package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/**
 * Reads a delimited file (contract section 3) as a stream of rows with their exact line numbers: finds the delimiter
 * and the heading row (title rows above it skipped), then hands every later row to a consumer, never holding the
 * file in memory.
 */
public final class DelimitedFile implements SubmissionTable {

    /** How far down a heading row is looked for. */
    static final int HEADER_SEARCH_ROWS = 30;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Path file;
    private final DetectedEncoding encoding;
    private final ReadBudget budget;

    public DelimitedFile(Path file, DetectedEncoding encoding, ReadBudget budget) {
        this.file = file;
        this.encoding = encoding;
        this.budget = budget;
    }

    @Override
    public String encodingLabel() {
        return encoding.label();
    }

    @Override
    public String layoutLabel(TableLayout layout) {
        return layout.delimiterName();
    }

    /** Finds the delimiter and heading row under which all required headings are present. */
    @Override
    public TableLayout layout(List<Heading> headings) throws IOException, FileFault {
        HeadingRow best = null;
        FileFault garbled = null;
        for (char delimiter : DELIMITERS) {
            HeadingRow candidate = searchHeader(delimiter, headings);
            if (candidate != null && candidate.missing().isEmpty()) {
                return candidate.toLayout(delimiter);
            }
            if (candidate != null && (best == null || candidate.matched() > best.matched())) {
                best = candidate;
            }
            if (garbled == null) {
                garbled = firstGarbledText(delimiter);
            }
        }
        if (garbled != null) {
            // headings that cannot be read are an encoding problem, not a missing column
            throw garbled;
        }
        if (best == null) {
            throw new FileFault(Fault.MISSING_COLUMN, "no heading row in the first " + HEADER_SEARCH_ROWS
                    + " rows; expected / cần có: " + HeadingRow.labels(headings.stream().filter(Heading::required).toList()));
        }
        throw new FileFault(Fault.MISSING_COLUMN, "heading row at line " + best.lineNo() + " lacks / thiếu: "
                + HeadingRow.labels(best.missing()));
    }

    /** Streams every row below the heading row; a broken quote becomes a file fault naming the line. */
    @Override
    public void forEachRow(TableLayout layout, RowConsumer consumer) throws IOException, FileFault {
        try (DelimitedRecordReader records = open(layout.delimiter())) {
            while (true) {
                String[] cells;
                try {
                    cells = records.next();
                } catch (IOException e) {
                    throw readFault(e, records.lineNumber(), layout.delimiter());
                }
                if (cells == null) {
                    return;
                }
                if (records.lineNumber() > layout.headerLine()) {
                    // the record's own array, not a copy: each record has its own
                    consumer.accept(records.lineNumber(), Arrays.asList(cells));
                }
            }
        }
    }

    private HeadingRow searchHeader(char delimiter, List<Heading> headings) throws IOException, FileFault {
        HeadingRow[] best = {null};
        boolean readable = scanFirstRows(delimiter, (lineNo, cells) -> {
            HeadingRow candidate = HeadingRow.of(lineNo, cells, headings);
            if (candidate.missing().isEmpty()
                    || candidate.matched() > 0 && (best[0] == null || candidate.matched() > best[0].matched())) {
                best[0] = candidate;
            }
            return candidate.missing().isEmpty();
        });
        return readable ? best[0] : null;
    }

    /**
     * The first cell among the rows searched for headings whose text did not decode into Vietnamese. Names the
     * line and column only: the cell may hold a name.
     */
    private FileFault firstGarbledText(char delimiter) throws IOException, FileFault {
        FileFault[] garbled = {null};
        scanFirstRows(delimiter, (lineNo, cells) -> {
            for (int i = 0; i < cells.size() && garbled[0] == null; i++) {
                Fault fault = TextCheck.check(TextKey.nfc(cells.get(i))).orElse(null);
                if (fault != null) {
                    garbled[0] = new FileFault(fault, "line / dòng " + lineNo + ", column / cột "
                            + TableLayout.columnLetter(i));
                }
            }
            return garbled[0] != null;
        });
        return garbled[0];
    }

    /** Visits the rows among which a heading row is looked for; false when they cannot be read as CSV. */
    private boolean scanFirstRows(char delimiter, RowVisitor visitor) throws IOException, FileFault {
        try (DelimitedRecordReader records = open(delimiter)) {
            try {
                String[] cells;
                for (int row = 0; row < HEADER_SEARCH_ROWS && (cells = records.next()) != null; row++) {
                    if (visitor.visit(records.lineNumber(), Arrays.asList(cells))) {
                        return true;
                    }
                }
                return true;
            } catch (IOException e) {
                if (e instanceof CharacterCodingException || e instanceof DelimitedRecordReader.RecordTooLongException) {
                    throw readFault(e, 0, delimiter);
                }
                // a quote broken under this delimiter: the file may still read under another one
                return false;
            }
        }
    }

    /** Looks at one of the first rows; true to stop. */
    @FunctionalInterface
    private interface RowVisitor {
        boolean visit(long lineNo, List<String> cells);
    }

    private FileFault readFault(IOException e, long lineNo, char delimiter) {
        String where = lineNo > 0 ? "line " + lineNo + ": " : "";
        if (e instanceof CharacterCodingException) {
            return new FileFault(Fault.ENCODING_UNREADABLE, where + "bytes that are not valid " + encoding.label()
                    + " / byte không hợp lệ trong bảng mã " + encoding.label());
        }
        if (e instanceof DelimitedRecordReader.RecordTooLongException) {
            return ReadBudget.exceeded(where + "a line (or a quoted field over several lines) " + e.getMessage(),
                    where.replace("line", "dòng") + "một dòng (hoặc một trường trong ngoặc kép trải trên nhiều dòng) dài hơn "
                            + budget.limits().maxCellChars() + " ký tự", "max-cell-chars");
        }
        if (e instanceof DelimitedRecordReader.MalformedCsvException malformed && malformed.textAfterClosingQuote()) {
            // the value itself is not quoted back: it may be a person's name
            String cell = "line " + malformed.textLine() + ", column " + malformed.column() + " ("
                    + TableLayout.columnLetter(malformed.column() - 1) + ")";
            return new FileFault(Fault.MALFORMED_CSV, cell + ": text after the closing quote of a quoted field; expected "
                    + delimiterName(delimiter) + " or the end of the line right after the closing quote (a quote inside a "
                    + "quoted field is written twice: \"\") / " + cell.replace("line", "dòng").replace("column", "cột")
                    + ": có ký tự sau dấu ngoặc kép đóng trường; sau dấu ngoặc kép đóng phải là dấu phân cách hoặc hết dòng "
                    + "(dấu ngoặc kép bên trong trường được viết hai lần: \"\")");
        }
        return new FileFault(Fault.MALFORMED_CSV, where + "a quoted field is never closed / trường có dấu ngoặc kép không được đóng ("
                + e.getMessage() + ")");
    }

    private static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "the delimiter (a tab)" : "the delimiter '" + delimiter + "'";
    }

    private DelimitedRecordReader open(char delimiter) throws IOException {
        return new DelimitedRecordReader(encoding.open(file), delimiter, budget.limits().maxCellChars());
    }

}
