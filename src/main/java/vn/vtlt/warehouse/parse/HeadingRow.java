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

    static String labels(List<Heading> headings) {
        return headings.stream().map(Heading::label).collect(Collectors.joining(", "));
    }
}
