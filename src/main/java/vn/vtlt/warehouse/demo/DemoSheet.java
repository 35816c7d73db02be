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

    /** Columns Excel users type as numbers; and the dates, which Excel keeps as date cells. */
    private static final java.util.Set<String> NUMBER_COLUMNS = java.util.Set.of("report_year", "birth_year", "class_count",
            "participations", "funding_city", "funding_district", "funding_agency", "funding_personal");
    private static final java.util.Set<String> DATE_COLUMNS = java.util.Set.of("start_date", "end_date");

    /**
     * The same table saved by Excel: title rows merged over the table, the headings, numbers and dates as number and
     * date cells (IDs too, when {@code idsAsNumbers}: Excel then drops their leading zero), the total row. The
     * sheet is named after the dataset.
     */
    byte[] xlsx(Style style, boolean idsAsNumbers) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<vn.vtlt.warehouse.parse.Heading> headings = dataset.headings();
        try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Microsoft Excel", "16.0")) {
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(dataset.code());
            int r = 0;
            for (String title : titles) {
                sheet.value(r, 0, title);
                if (r == 0) {
                    // one merged title (the writer keeps merges in a hash set: several would come out in any order)
                    sheet.range(r, 0, r, headings.size() - 1).merge();
                }
                r++;
            }
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(r, c, style.englishHeadings() ? headings.get(c).alias() : headings.get(c).heading());
            }
            r++;
            List<List<String>> body = new ArrayList<>(rows);
            if (style.blankRow()) {
                body.add(rows.size() / 2, java.util.Collections.nCopies(headings.size(), ""));
            }
            if (total != null) {
                body.add(total);
            }
            for (List<String> row : body) {
                for (int c = 0; c < row.size() && c < headings.size(); c++) {
                    cell(sheet, r, c, headings.get(c).alias(), row.get(c), idsAsNumbers);
                }
                r++;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The workbook with its creation time set (the writer stamps the current time): the same seed must write the
     * same bytes. Entries keep their order and the writer's fixed entry times.
     */
    static byte[] created(byte[] xlsx, java.time.Instant created) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            java.nio.file.Path temp = java.nio.file.Files.createTempFile("demo-", ".xlsx");
            try {
                java.nio.file.Files.write(temp, xlsx);
                try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(temp.toFile());
                     java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                        byte[] content;
                        try (java.io.InputStream entryIn = in.getInputStream(entry)) {
                            content = entryIn.readAllBytes();
                        }
                        if (entry.getName().equals("docProps/core.xml")) {
                            content = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                                    .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + created + "$2")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        }
                        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                        copy.setTime(entry.getTime());
                        zip.putNextEntry(copy);
                        zip.write(content);
                        zip.closeEntry();
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(temp);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(org.dhatim.fastexcel.Worksheet sheet, int r, int c, String alias, String value, boolean idsAsNumbers) {
        if (value.isEmpty()) {
            return;
        }
        java.util.OptionalLong number = vn.vtlt.warehouse.parse.VnNumbers.parseWhole(value);
        if (NUMBER_COLUMNS.contains(alias) && number.isPresent()) {
            sheet.value(r, c, number.getAsLong());
        } else if (DATE_COLUMNS.contains(alias) && vn.vtlt.warehouse.parse.VnDates.parse(value).isPresent()) {
            sheet.value(r, c, vn.vtlt.warehouse.parse.VnDates.parse(value).get());
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else if (alias.equals("person_id") && idsAsNumbers && value.matches("0?[1-9]\\d{10}")) {
            // typed as a number: a CCCD's one leading zero is dropped (the import restores it); the agencies whose
            // IDs Excel would damage beyond repair (CMND, two leading zeros) kept the column as text
            sheet.value(r, c, Long.parseLong(value));
        } else {
            sheet.value(r, c, value);
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
