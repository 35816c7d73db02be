package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.parse.ReadLimits;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;

/** Broken and hostile files: each rejected with a clear reason, or read with row faults; none breaks validation. */
class HostileFilesTest {

    @TempDir
    Path dir;

    private ValidationOutcome validate(byte[] content) throws IOException {
        return validate(content, ReadLimits.DEFAULTS);
    }

    private ValidationOutcome validate(byte[] content, ReadLimits limits) throws IOException {
        Path file = Files.write(dir.resolve("SO-YT_nhan-su_2016.csv"), content);
        return new SubmissionValidator(new PersonKeyHasher("a key for hostile files, 32+ characters"), limits)
                .validate(new SubmissionValidator.Request(file, file.getFileName().toString(), "SO-YT", StagingFiles.in(dir.resolve("work"))));
    }

    /** The default limits with another number of characters per record and another reading time. */
    private static ReadLimits limits(int maxCellChars, java.time.Duration readTime) {
        ReadLimits d = ReadLimits.DEFAULTS;
        return new ReadLimits(d.maxPartBytes(), d.maxInflateRatio(), d.maxColumns(), maxCellChars, d.maxSharedStrings(),
                d.maxSharedChars(), d.maxRows(), readTime);
    }

    private List<String> problems() throws IOException {
        return Files.readAllLines(dir.resolve("work").resolve(ValidationOutcome.PROBLEMS));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsAHeaderOnlyFileAsEmpty() throws IOException {
        assertThat(validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).text())).fileFault()).isEqualTo("EMPTY_FILE");
    }

    @Test
    void rejectsBinaryGarbageAndNulBytesAndGzipNamedCsv() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        assertThat(validate(garbage).fileFault()).startsWith("ENCODING_");
        byte[] withNul = utf8(Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).text().replaceFirst("Nữ", "N\0"));
        assertThat(validate(withNul).fileFault()).isEqualTo("ENCODING_UNREADABLE");
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(utf8(Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).text()));
        }
        assertThat(validate(gzip.toByteArray()).fileFault()).startsWith("ENCODING_");
    }

    @Test
    void rejectsALineOfAHundredMegabytesWithoutHoldingIt() throws IOException {
        byte[] line = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(line, (byte) 'a');
        ValidationOutcome outcome = validate(line);
        assertThat(outcome.fileFault()).isEqualTo("RESOURCE_LIMIT");
        assertThat(outcome.faultDetail()).contains("longer than 1000000 characters").contains("vtlt.limits.max-cell-chars");
    }

    @Test
    void countsAQuotedFieldOverManyLinesAsOneRecord() throws IOException {
        // given: a field of 2,000,000 characters in lines of 10
        String row = String.join(",", Rosters.roster("SO-YT", 1, 2016, 1, 1).get(0).subList(0, 9)) + ",\""
                + "ghi chú\r\n".repeat(200_000) + "\"\r\n";
        // when
        ValidationOutcome outcome = validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).text() + row));
        // then
        assertThat(outcome.fileFault()).isEqualTo("RESOURCE_LIMIT");
        assertThat(outcome.faultDetail()).contains("line 2").contains("vtlt.limits.max-cell-chars");
    }

    @Test
    void countsARecordAsTheCsvParserReadsIt() throws IOException {
        // given: records of about 130 characters under a limit of 200: a quote inside an unquoted field opens no
        // quoted field (else the next line would count with it), a quoted field over two lines is one record
        List<String> first = new ArrayList<>(Rosters.roster("SO-YT", 1, 2016, 2, 2).get(0));
        List<String> second = new ArrayList<>(Rosters.roster("SO-YT", 1, 2016, 2, 2).get(1));
        first.set(9, "Văn thư 5\" khổ");
        second.set(9, "\"Văn thư -\r\nLưu trữ\"");
        String text = Csv.of(Csv.ROSTER_HEADINGS).text() + String.join(",", first) + "\r\n" + String.join(",", second) + "\r\n";
        // when
        ValidationOutcome outcome = validate(utf8(text), limits(200, ReadLimits.DEFAULTS.readTime()));
        // then
        assertThat(outcome.fileFault()).as(outcome.faultDetail()).isNull();
        assertThat(outcome.rowsRead()).isEqualTo(2);
    }

    @Test
    void rejectsAFileThatTakesLongerThanTheReadTime() throws IOException {
        // given: no time at all
        byte[] roster = utf8(Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).text());
        // when
        ValidationOutcome outcome = validate(roster, limits(ReadLimits.DEFAULTS.maxCellChars(), java.time.Duration.ZERO));
        // then
        assertThat(outcome.fileFault()).isEqualTo("RESOURCE_LIMIT");
        assertThat(outcome.faultDetail()).contains("vtlt.limits.read-time");
    }

    @Test
    void readsTenThousandColumnsIgnoringTheUnknownOnes() throws IOException {
        List<String> headings = new ArrayList<>(Csv.ROSTER_HEADINGS);
        for (int i = 0; i < 9_990; i++) {
            headings.add("Cột thêm " + i);
        }
        List<String> row = new ArrayList<>(Rosters.roster("SO-YT", 1, 2016, 1, 1).get(0));
        row.addAll(Collections.nCopies(9_990, "x"));
        ValidationOutcome outcome = validate(utf8(Csv.of(headings).rows(List.of(row)).text()));
        assertThat(outcome.rejectedWhole()).isFalse();
        assertThat(outcome.rowsRead()).isEqualTo(1);
        assertThat(problems().stream().filter(p -> p.contains("UNKNOWN_COLUMN_IGNORED")).count()).isEqualTo(9_990);
    }

    @Test
    void readsMixedLineEndingsAndReportsATruncatedLastRow() throws IOException {
        String text = Rosters.rosterCsv("SO-YT", 1, 2016, 4, 1).lineEnd("\n").text();
        String[] lines = text.split("\n");
        String mixed = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r" + lines[3] + "\r\n" + lines[4].substring(0, 20);
        ValidationOutcome outcome = validate(utf8(mixed));
        assertThat(outcome.rejectedWhole()).isFalse();
        assertThat(outcome.rowsRead()).isEqualTo(4);
        assertThat(problems()).anyMatch(p -> p.startsWith("5,") && p.contains("MISSING_VALUE"));
    }

    @Test
    void rejectsAUtf8BomInsideAWindows1258File() throws IOException {
        byte[] first = LegacyEncodings.WINDOWS_1258.encode(Rosters.rosterCsv("SO-YT", 1, 2016, 2, 1).text());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] second = LegacyEncodings.WINDOWS_1258.encode(String.join(",", Rosters.roster("SO-YT", 2, 2016, 1, 1).get(0)) + "\r\n");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(first);
        mixed.writeBytes(bom);
        mixed.writeBytes(second);
        ValidationOutcome outcome = validate(mixed.toByteArray());
        assertThat(outcome.fileFault()).isEqualTo("ENCODING_GARBLED");
        assertThat(outcome.faultDetail()).contains("line / dòng 4");
    }

    @Test
    void reportsNumbersBeyondLongImpossibleDatesAndYearsZeroAndFarAway() throws IOException {
        List<String> row = new ArrayList<>(Rosters.roster("SO-YT", 1, 2016, 1, 1).get(0));
        row.set(4, "99999999999999999999");
        ValidationOutcome outcome = validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).rows(List.of(row)).text()));
        assertThat(problems()).anyMatch(p -> p.contains("birth_year") && p.contains("INVALID_NUMBER"));
        row.set(4, "99999");
        validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).rows(List.of(row)).text()));
        assertThat(problems()).anyMatch(p -> p.contains("birth_year") && p.contains("OUT_OF_RANGE"));
        row.set(1, "0");
        assertThat(validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).rows(List.of(row)).text())).fileFault()).isEqualTo("YEAR_MISMATCH");
        row.set(1, "99999");
        assertThat(validate(utf8(Csv.of(Csv.ROSTER_HEADINGS).rows(List.of(row)).text())).fileFault()).isEqualTo("YEAR_MISMATCH");
        assertThat(outcome.rejectedWhole()).isFalse();
    }
}
