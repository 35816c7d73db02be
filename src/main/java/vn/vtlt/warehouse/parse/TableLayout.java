package vn.vtlt.warehouse.parse;

import java.util.List;
import java.util.Map;

/**
 * Where a file's data is: its delimiter, the line of its heading row and which cell holds which column.
 *
 * @param delimiter      ',', ';' or '\t'
 * @param headerLine     line of the heading row (title rows above it are skipped)
 * @param columnIndex    the contract alias of each recognised column and its 0-based cell index
 * @param unknownHeadings headings the contract does not know (ignored, with a warning)
 */
public record TableLayout(char delimiter, long headerLine, Map<String, Integer> columnIndex,
                          List<String> unknownHeadings) {

    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "tab";
        };
    }

    /** Excel's letter of a column ("A", "B", ... "AA"), as agencies see it. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
