package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingCsvTest {

    @Test
    void writesTheBytesOfCommonsCsvPrintingStraightIntoTheFileAcrossBlocks(@TempDir Path dir) throws Exception {
        // given: values that need quoting and values that do not, nulls, numbers, dates, and enough rows to fill
        // several blocks
        List<List<Object>> rows = new ArrayList<>();
        List<Object> tricky = Arrays.asList("", null, "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "#hash", " lead",
                "trail ", "Nguyễn Văn Ấn", 42L, LocalDate.of(2016, 2, 29), "'quoted'", "tab\there");
        for (int i = 0; i < 2_000; i++) {
            List<Object> row = new ArrayList<>(tricky);
            row.add(i % 7 == 0 ? null : "row " + i);
            rows.add(row);
        }
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("line_no", "value");
            for (int i = 0; i < rows.size(); i++) {
                List<Object> record = new ArrayList<>();
                record.add((long) i + 2);
                record.addAll(rows.get(i));
                printer.printRecord(record);
            }
            printer.printRecord(null, "", "x");
        }

        // when
        Path file = dir.resolve("rows.csv");
        try (StagingCsv staging = new StagingCsv(file)) {
            staging.printRecord("line_no", "value");
            for (int i = 0; i < rows.size(); i++) {
                staging.printRow(i + 2, rows.get(i));
            }
            staging.printRecord(null, "", "x");
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).hasSizeGreaterThan(3 << 16).isEqualTo(expected.toString());
    }

    @Test
    void quotesRandomValuesExactlyAsCommonsCsvDoes(@TempDir Path dir) throws Exception {
        // given: short values drawn from the characters that decide the quoting (first, last or anywhere), numbers,
        // dates, nulls and empty strings, also first in their record
        char[] alphabet = {'a', 'Z', 'ễ', ' ', ',', '"', '\n', '\r', '#', '!', '$', '\t', '\u0001', '-', '0', ';', '\''};
        Random random = new Random(20261202L);
        List<List<Object>> records = new ArrayList<>();
        for (int r = 0; r < 5_000; r++) {
            List<Object> values = new ArrayList<>();
            for (int v = random.nextInt(6); v >= 0; v--) {
                values.add(switch (random.nextInt(8)) {
                    case 0 -> null;
                    case 1 -> random.nextLong(-1_000_000, 1_000_000);
                    case 2 -> random.nextInt(-50, 50);
                    case 3 -> LocalDate.of(random.nextInt(10) == 0 ? random.nextInt(-20_000, 20_000) : 1950 + random.nextInt(80),
                            1 + random.nextInt(12), 1 + random.nextInt(28));
                    case 4 -> random.nextBoolean();
                    default -> {
                        StringBuilder text = new StringBuilder();
                        for (int c = random.nextInt(5); c > 0; c--) {
                            text.append(alphabet[random.nextInt(alphabet.length)]);
                        }
                        yield text.toString();
                    }
                });
            }
            records.add(values);
        }
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            for (int r = 0; r < records.size(); r++) {
                if (r % 2 == 0) {
                    printer.printRecord(records.get(r));
                } else {
                    List<Object> row = new ArrayList<>();
                    row.add((long) r);
                    row.addAll(records.get(r));
                    printer.printRecord(row);
                }
            }
        }

        // when
        Path file = dir.resolve("rows.csv");
        try (StagingCsv staging = new StagingCsv(file)) {
            for (int r = 0; r < records.size(); r++) {
                if (r % 2 == 0) {
                    staging.printRecord(records.get(r).toArray());
                } else {
                    staging.printRow(r, records.get(r));
                }
            }
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void failsOnHalfASurrogatePairAsTheFilesWriterDoesAndWritesWholePairs(@TempDir Path dir) throws Exception {
        // given
        String pair = "\uD83D\uDCC1 hồ sơ";
        String half = "h\uD83D sơ";
        Path writerFile = dir.resolve("writer.csv");

        // when
        Path file = dir.resolve("rows.csv");
        try (StagingCsv staging = new StagingCsv(file)) {
            staging.printRow(2, List.of(pair));
        }
        Path broken = dir.resolve("broken.csv");
        StagingCsv staging = new StagingCsv(broken);
        staging.printRow(2, List.of(half));

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("2," + pair + "\n");
        assertThatThrownBy(staging::close).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> {
            try (Writer writer = Files.newBufferedWriter(writerFile, StandardCharsets.UTF_8)) {
                writer.append(half);
            }
        }).as("the writer it replaces").isInstanceOf(MalformedInputException.class);
    }

    @Test
    void createsNoFileWhenNothingFollowsTheHeadingRow(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("problems.csv");

        // when
        long records;
        try (StagingCsv staging = StagingCsv.ifAnyRecord(file, "line_no", "fault_code")) {
            records = staging.records();
        }

        // then
        assertThat(records).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void writesTheHeadingRowAndTheRecordsOnceARecordFollowsIt(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("problems.csv");

        // when
        long records;
        try (StagingCsv staging = StagingCsv.ifAnyRecord(file, "line_no", "fault_code")) {
            staging.printRecord(3L, "MISSING_VALUE");
            staging.printRecord(null, "UNKNOWN_COLUMN_IGNORED");
            records = staging.records();
        }

        // then
        assertThat(records).isEqualTo(2);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("line_no,fault_code\n3,MISSING_VALUE\n,UNKNOWN_COLUMN_IGNORED\n");
    }
}
