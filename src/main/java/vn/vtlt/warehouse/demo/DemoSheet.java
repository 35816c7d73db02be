package vn.vtlt.warehouse.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import vn.vtlt.warehouse.validate.Dataset;

/**
 * One submission file as an agency's tools would save it, with the mess of real files in realistic proportions:
 * every encoding and delimiter, macOS NFD text, English headings, title rows above the headings, a total row,
 * blank rows.
 */
final class DemoSheet {

    private final Dataset dataset;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private List<String> total;

    DemoSheet(Dataset dataset) {
        this.dataset = dataset;
    }

    DemoSheet row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    DemoSheet title(String text) {
        titles.add(text);
        return this;
    }

    DemoSheet total(List<String> cells) {
        total = cells;
        return this;
    }

    int size() {
        return rows.size();
    }

    /** How one file is saved. */
    record Style(LegacyEncodings encoding, char delimiter, boolean nfd, boolean englishHeadings, boolean blankRow) {

        static Style random(Random random) {
            int e = random.nextInt(100);
            LegacyEncodings encoding = e < 35 ? LegacyEncodings.UTF8_BOM : e < 55 ? LegacyEncodings.UTF8
                    : e < 80 ? LegacyEncodings.WINDOWS_1258 : e < 92 ? LegacyEncodings.UTF16LE_BOM : LegacyEncodings.UTF8;
            int d = random.nextInt(100);
            char delimiter = encoding == LegacyEncodings.UTF16LE_BOM ? '\t' : d < 55 ? ',' : d < 90 ? ';' : '\t';
            return new Style(encoding, delimiter, e >= 92, random.nextInt(100) < 8, random.nextInt(100) < 5);
        }
    }

    byte[] bytes(Style style) {
        return style.encoding().encode(text(style));
    }

    String text(Style style) {
        List<List<String>> lines = new ArrayList<>();
        int width = dataset.headings().size();
        for (String title : titles) {
            List<String> line = new ArrayList<>(List.of(title));
            while (line.size() < width) {
                line.add("");
            }
            lines.add(line);
        }
        lines.add(dataset.headings().stream().map(h -> style.englishHeadings() ? h.alias() : h.heading()).toList());
        for (int i = 0; i < rows.size(); i++) {
            if (style.blankRow() && i == rows.size() / 2) {
                lines.add(java.util.Collections.nCopies(width, ""));
            }
            lines.add(rows.get(i));
        }
        if (total != null) {
            lines.add(total);
        }
        String text = lines.stream()
                .map(line -> line.stream().map(cell -> quote(cell, style.delimiter())).collect(Collectors.joining(String.valueOf(style.delimiter()))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return style.nfd() ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
    }

    private static String quote(String cell, char delimiter) {
        boolean needs = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
