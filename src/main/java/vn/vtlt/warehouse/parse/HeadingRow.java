package vn.vtlt.warehouse.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row examined as a possible heading row: which contract columns it names and where, which headings it does
 * not know, which required ones it lacks. The same for every file format.
 */
record HeadingRow(long lineNo, Map<String, Integer> columnIndex, List<String> unknown, List<Heading> missing, int matched) {

    static HeadingRow of(long lineNo, List<String> cells, List<Heading> headings) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = TextKey.nfc(cells.get(i));
            String key = TextKey.fold(cell); // once, not once per heading: every file's first rows come here
            Heading match = headings.stream().filter(h -> h.matchesKey(key)).findFirst().orElse(null);
            if (match != null) {
                index.putIfAbsent(match.alias(), i);
            } else if (!cell.isEmpty()) {
                unknown.add(cell);
            }
        }
        List<Heading> missing = headings.stream()
                .filter(h -> h.required() && !index.containsKey(h.alias()))
                .toList();
        return new HeadingRow(lineNo, index, unknown, missing, index.size());
    }

    TableLayout toLayout(char delimiter) {
        return new TableLayout(delimiter, lineNo, columnIndex, unknown);
    }

    /**
     * Whether a row below the heading row only repeats headings (the English aliases under the Vietnamese ones in
     * the template): such a row is not data.
     */
    static boolean repeatsHeadings(List<String> cells, TableLayout layout, List<Heading> headings) {
        int named = 0;
        for (Map.Entry<String, Integer> column : layout.columnIndex().entrySet()) {
            String cell = column.getValue() < cells.size() ? TextKey.nfc(cells.get(column.getValue())) : "";
            if (cell.isEmpty()) {
                continue;
            }
            if (!namesColumn(headings, column.getKey(), cell)) {
                return false;
            }
            named++;
        }
        return named > 0;
    }

    /** Whether the cell is the heading (or alias) of that column; a loop, as it runs for every data row. */
    private static boolean namesColumn(List<Heading> headings, String alias, String cell) {
        for (Heading heading : headings) {
            if (heading.alias().equals(alias) && heading.matches(cell)) {
                return true;
            }
        }
        return false;
    }

    static String labels(List<Heading> headings) {
        return headings.stream().map(Heading::label).collect(Collectors.joining(", "));
    }
}
