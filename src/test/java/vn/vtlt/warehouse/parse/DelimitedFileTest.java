package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/** A delimited file as the validator reads it: its layout, its rows with their lines, and how reading it fails. */
class DelimitedFileTest {

    private static final List<Heading> HEADINGS = List.of(new Heading("agency_code", "Mã", true),
            new Heading("note", "Ghi chú", true));

    @TempDir
    Path dir;

    @Test
    void streamsTheRowsBelowTheHeadingRowWithTheLineEachStartsOn() throws Exception {
        // given: a title row, the heading row, a quoted field over two lines, an empty line (a row of one empty
        // cell), no line end at the end
        DelimitedFile file = file("Danh sách\r\nMã,Ghi chú\r\nA,\"b\r\nc\"\r\n\nD,\"e \"\"f\"\"\"\r\nG,h", ReadLimits.DEFAULTS);
        // when
        TableLayout layout = file.layout(HEADINGS);
        List<String> rows = rows(file, layout);
        // then
        assertThat(layout.headerLine()).isEqualTo(2);
        assertThat(rows).containsExactly("3 [A, b\r\nc]", "5 []", "6 [D, e \"f\"]", "7 [G, h]");
    }

    @Test
    void triesTheNextDelimiterWhenAQuoteIsBrokenUnderTheFirst() throws Exception {
        // given: under a comma the last field opens a quote it never closes; under a semicolon it is text
        DelimitedFile file = file("Mã;Ghi chú\r\nA;b,\"c\r\n", ReadLimits.DEFAULTS);
        // when
        TableLayout layout = file.layout(HEADINGS);
        // then
        assertThat(layout.delimiterName()).isEqualTo("semicolon");
        assertThat(rows(file, layout)).containsExactly("2 [A, b,\"c]");
    }

    @Test
    void rejectsAQuoteNeverClosedNamingTheLineItOpensOn() throws Exception {
        // given
        DelimitedFile file = file("Mã,Ghi chú\nA,b\nC,\"d\ne\n", ReadLimits.DEFAULTS);
        TableLayout layout = file.layout(HEADINGS);
        // when
        FileFault fault = catchThrowableOfType(() -> rows(file, layout), FileFault.class);
        // then
        assertThat(fault.fault()).isEqualTo(Fault.MALFORMED_CSV);
        assertThat(fault.getMessage()).startsWith("line 3: ").contains("(startline 3) EOF reached");
    }

    @Test
    void rejectsTextAfterAClosingQuoteNamingItsLineColumnAndWhatWasExpected() throws Exception {
        // given: 'e' after the closing quote of the second column, in a record whose first field spans lines 3 and 4
        DelimitedFile file = file("Mã,Ghi chú\nA,b\n\"C\nC\",\"d\"e\n", ReadLimits.DEFAULTS);
        TableLayout layout = file.layout(HEADINGS);
        // when
        FileFault fault = catchThrowableOfType(() -> rows(file, layout), FileFault.class);
        // then: the line the text is on, the column, what was expected; never the value (it may be a name)
        assertThat(fault.fault()).isEqualTo(Fault.MALFORMED_CSV);
        assertThat(fault.getMessage()).startsWith("line 4, column 2 (B): text after the closing quote of a quoted field; "
                + "expected the delimiter ',' or the end of the line right after the closing quote")
                .contains(" / dòng 4, cột 2 (B): có ký tự sau dấu ngoặc kép đóng trường")
                .doesNotContain("never closed").doesNotContain("\"d\"e");
    }

    @Test
    void rejectsARecordLongerThanTheLimitNamingItsLineAndTheSetting() throws Exception {
        // given: a quoted field of 12,000 characters over many lines, under a limit of 10,000
        ReadLimits d = ReadLimits.DEFAULTS;
        ReadLimits limits = new ReadLimits(d.maxPartBytes(), d.maxInflateRatio(), d.maxColumns(), 10_000,
                d.maxSharedStrings(), d.maxSharedChars(), d.maxRows(), d.readTime());
        DelimitedFile file = file("Mã,Ghi chú\nA,b\nC,\"" + "ghi chú\r\n".repeat(1_200) + "\"\nD,e\n", limits);
        TableLayout layout = file.layout(HEADINGS);
        // when
        FileFault fault = catchThrowableOfType(() -> rows(file, layout), FileFault.class);
        // then
        assertThat(fault.fault()).isEqualTo(Fault.RESOURCE_LIMIT);
        assertThat(fault.getMessage()).contains("line 3: a line (or a quoted field over several lines) longer than 10000 characters")
                .contains("vtlt.limits.max-cell-chars");
    }

    private DelimitedFile file(String text, ReadLimits limits) throws Exception {
        Path path = Files.writeString(dir.resolve("file.csv"), text, StandardCharsets.UTF_8);
        return new DelimitedFile(path, EncodingDetector.detect(path), new ReadBudget(limits));
    }

    private static List<String> rows(DelimitedFile file, TableLayout layout) throws Exception {
        List<String> rows = new ArrayList<>();
        file.forEachRow(layout, (lineNo, cells) -> rows.add(lineNo + " " + cells));
        return rows;
    }
}
