package vn.vtlt.warehouse.validate;

import vn.vtlt.warehouse.parse.Heading;
import vn.vtlt.warehouse.parse.TextKey;

/**
 * Tells a row below the heading row that only repeats headings (the template's English aliases under the Vietnamese
 * ones, a heading row repeated on each printed page): such a row is not data. Asked for every row of a file, so
 * each column's heading is found once per file.
 */
final class RepeatedHeadings {

    private final Column[] columns;
    private final Heading[] headings;
    /**
     * The length of the shorter folded name (heading or alias) of each column. Folding ({@link TextKey#fold}) only
     * ever drops characters (checked for every code point), so a shorter cell cannot name the column, and the fold
     * of nearly every data cell is saved.
     */
    private final int[] shortestKey;

    RepeatedHeadings(Column[] columns, Dataset dataset) {
        this.columns = columns;
        this.headings = new Heading[columns.length];
        this.shortestKey = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            headings[c] = dataset.heading(columns[c].alias());
            shortestKey[c] = Math.min(TextKey.fold(headings[c].heading()).length(),
                    TextKey.fold(headings[c].alias()).length());
        }
    }

    /** Whether every non-empty cell of the row names its column, and at least one does. */
    boolean in(RowContext row) {
        int named = 0;
        for (int c = 0; c < columns.length; c++) {
            String cell = row.text(columns[c]);
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.length() < shortestKey[c] || !headings[c].matches(cell)) {
                return false;
            }
            named++;
        }
        return named > 0;
    }
}
