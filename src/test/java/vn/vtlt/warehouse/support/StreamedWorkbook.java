package vn.vtlt.warehouse.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX workbook written part by part as a stream (deflate level 1: repeated bytes compress fast), so that
 * a test can build a workbook that inflates to gigabytes without holding it: the smallest set of parts a reader
 * needs, the sheet's rows and the shared strings written by the test.
 */
public final class StreamedWorkbook {

    /** Writes XML into a part. */
    @FunctionalInterface
    public interface Content {
        void write(Text out) throws IOException;
    }

    /** Text written as UTF-8 (a part, a CSV file); repeated text is encoded once. */
    public static final class Text {
        private final OutputStream out;

        public Text(OutputStream out) {
            this.out = out;
        }

        public void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes {@code count} copies of a piece of text. */
        public void repeat(String piece, long count) throws IOException {
            byte[] one = piece.getBytes(StandardCharsets.UTF_8);
            int perBlock = (int) Math.max(1, Math.min(count, (1 << 16) / one.length));
            byte[] block = piece.repeat(perBlock).getBytes(StandardCharsets.UTF_8);
            long written = 0;
            for (; written + perBlock <= count; written += perBlock) {
                out.write(block);
            }
            for (; written < count; written++) {
                out.write(one);
            }
        }
    }

    private StreamedWorkbook() {
    }

    /** A workbook of one sheet whose {@code <sheetData>} is {@code rows}, with shared strings when not null. */
    public static Path write(Path file, String sheetName, Content rows, Content sharedStrings) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            Text out = new Text(zip);
            part(zip, out, "[Content_Types].xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    </Types>"""));
            part(zip, out, "_rels/.rels", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>"""));
            part(zip, out, "xl/workbook.xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(sheetName)));
            part(zip, out, "xl/_rels/workbook.xml.rels", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>"""));
            part(zip, out, "xl/styles.xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>"""));
            part(zip, out, "xl/worksheets/sheet1.xml", w -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                rows.write(w);
                w.write("</sheetData></worksheet>");
            });
            part(zip, out, "xl/sharedStrings.xml", w -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                if (sharedStrings != null) {
                    sharedStrings.write(w);
                }
                w.write("</sst>");
            });
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream zip, Text out, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.write(out);
        zip.closeEntry();
    }

    /** A row of inline-string cells; {@code rowNo} 0 writes neither the row's nor the cells' addresses. */
    public static String row(int rowNo, List<String> values) {
        StringBuilder row = new StringBuilder(rowNo > 0 ? "<row r=\"" + rowNo + "\">" : "<row>");
        for (int i = 0; i < values.size(); i++) {
            row.append(rowNo > 0 ? "<c r=\"" + column(i) + rowNo + "\" t=\"inlineStr\">" : "<c t=\"inlineStr\">")
                    .append("<is><t>").append(escape(values.get(i))).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
