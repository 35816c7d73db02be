package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.util.List;

import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.problem.Problem;

/**
 * A submission's table, whatever the file format: where its heading row is, then every row below it with the
 * number agencies see (the line of a CSV file, the row of a sheet), never the whole table in memory.
 */
public interface SubmissionTable {

    /** Receives each row after the heading row. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(long lineNo, List<String> cells) throws FileFault;
    }

    /** Finds the heading row under which all required headings are present. */
    TableLayout layout(List<Heading> headings) throws IOException, FileFault;

    /** Streams every row below the heading row. */
    void forEachRow(TableLayout layout, RowConsumer consumer) throws IOException, FileFault;

    /** What the file was read as, for the audit: an encoding, or "XLSX". */
    String encodingLabel();

    /** How the table was laid out, for the audit: the delimiter, or the sheet. */
    String layoutLabel(TableLayout layout);

    /** Warnings about what reading skipped (hidden rows, other sheets), known once the rows have been read. */
    default List<Problem> readingWarnings() {
        return List.of();
    }
}
