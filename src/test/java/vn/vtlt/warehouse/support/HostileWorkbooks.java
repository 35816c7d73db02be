package vn.vtlt.warehouse.support;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile files of issue 12, built by the test and streamed to disk (nothing of their size is held or committed):
 * each has a valid heading row, so that only what it does to the reader can reject it.
 */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    private static String heading() {
        return StreamedWorkbook.row(1, Csv.ROSTER_HEADINGS);
    }

    private static String validRow(String agency, int rowNo, int person) {
        return StreamedWorkbook.row(rowNo, Rosters.roster(agency, 90, 2016, person, 0).get(person - 1));
    }

    /** A 2 KB roster whose second row has one extra cell addressed {@code FXSHRXW2}. */
    public static Path farColumn(Path file, String agency) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            String row = validRow(agency, 2, 1);
            out.write(row.replace("</row>", "<c r=\"FXSHRXW2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        }, null);
    }

    /** A roster whose data row holds one inline-string cell of {@code chars} characters. */
    public static Path hugeInlineCell(Path file, String agency, long chars) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            out.write(validRow(agency, 2, 1).replace("</row>", "<c r=\"K2\" t=\"inlineStr\"><is><t>"));
            out.repeat("a", chars);
            out.write("</t></is></c></row>");
        }, null);
    }

    /** A roster whose shared strings hold {@code count} strings, the last of them referred to by a cell. */
    public static Path manySharedStrings(Path file, String agency, long count) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            out.write(validRow(agency, 2, 1).replace("</row>", "<c r=\"K2\" t=\"s\"><v>" + (count - 1) + "</v></c></row>"));
        }, out -> out.repeat("<si><t>x</t></si>", count));
    }

    /** A roster whose only shared string has {@code chars} characters, referred to by a cell. */
    public static Path hugeSharedString(Path file, String agency, long chars) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            out.write(validRow(agency, 2, 1).replace("</row>", "<c r=\"K2\" t=\"s\"><v>0</v></c></row>"));
        }, out -> {
            out.write("<si><t>");
            out.repeat("a", chars);
            out.write("</t></si>");
        });
    }

    /** A roster of {@code rows} identical data rows (no addresses: they are numbered by position). */
    public static Path identicalRows(Path file, String agency, long rows) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            out.repeat(StreamedWorkbook.row(0, Rosters.roster(agency, 91, 2016, 1, 0).get(0)), rows);
        }, null);
    }

    /** A roster of {@code valid} rows, then {@code blankRows} rows of a thousand blank cells (about 13 KB each). */
    public static Path blankCellsAfterValidRows(Path file, String agency, int valid, long blankRows) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            for (int i = 1; i <= valid; i++) {
                out.write(validRow(agency, i + 1, i));
            }
            out.repeat("<row>" + "<c s=\"0\"></c>".repeat(1000) + "</row>", blankRows);
        }, null);
    }

    /** A roster whose heading row has {@code r="1"} and whose rows have addresses where {@code addressed} says. */
    public static Path rowsWithAndWithoutAddresses(Path file, String agency, int agencyNumber, boolean... addressed) {
        return StreamedWorkbook.write(file, "nhan-su", out -> {
            out.write(heading());
            int rowNo = 1;
            for (int i = 0; i < addressed.length; i++) {
                // an addressed row after an unaddressed one skips a row number, as a generator may
                rowNo += addressed[i] && i > 0 && !addressed[i - 1] ? 2 : 1;
                List<String> cells = Rosters.roster(agency, agencyNumber, 2016, i + 1, 0).get(i);
                out.write(StreamedWorkbook.row(addressed[i] ? rowNo : 0, cells));
            }
        }, null);
    }

    /** A roster CSV whose data row has one quoted field of {@code lines} short lines. */
    public static Path quotedFieldOverManyLines(Path file, String agency, int lines) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamedWorkbook.Text out = new StreamedWorkbook.Text(stream);
            out.write(String.join(",", Csv.ROSTER_HEADINGS) + "\r\n");
            List<String> row = new ArrayList<>(Rosters.roster(agency, 92, 2016, 1, 0).get(0));
            row.set(row.size() - 1, "");
            out.write(String.join(",", row) + "\"");
            out.repeat("ghi chú dài\r\n", lines);
            out.write("\"\r\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid roster CSV of {@code rows} people. */
    public static Path largeRoster(Path file, String agency, int rows) {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(String.join(",", Csv.ROSTER_HEADINGS) + "\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(agency + ",2016," + String.format("079%09d", i) + ",Người thứ " + i
                        + ",1986,Nữ,Văn thư,Chuyên trách,Đại học,Quản trị kinh doanh\r\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
