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
    void quotesAndEncodesRandomValuesExactlyAsCommonsCsvDoes(@TempDir Path dir) throws Exception {
        // given: short values drawn from the characters that decide the quoting (first, last or anywhere) and from
        // each length of UTF-8 (1 to 3 bytes, and 4 for a surrogate pair), numbers to the extremes of a long, dates,
        // nulls and empty strings, also first in their record
        String[] alphabet = {"a", "Z", "ễ", " ", ",", "\"", "\n", "\r", "\r\n", "#", "!", "$", "\t", "\u0001", "-", "0",
                ";", "'", "đ", "é", "\u00A0", "\u07FF", "\u0800", "\uFFFD", "€", "\uD83D\uDCC1", "\uD840\uDC00"};
        Random random = new Random(20261202L);
        List<List<Object>> records = new ArrayList<>();
        for (int r = 0; r < 20_000; r++) {
            List<Object> values = new ArrayList<>();
            for (int v = random.nextInt(6); v >= 0; v--) {
                values.add(switch (random.nextInt(8)) {
                    case 0 -> null;
                    case 1 -> switch (random.nextInt(4)) {
                        case 0 -> random.nextLong();
                        case 1 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                        default -> random.nextLong(-1_000_000, 1_000_000);
                    };
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
        // and line numbers from 0 to the extremes of a long, printed before a row's values
        long[] lineNos = {0, 1, 9, 10, 99, 100, 1_000_000_007L, -1, -10, Long.MAX_VALUE, Long.MIN_VALUE};
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            for (int r = 0; r < records.size(); r++) {
                if (r % 2 == 0) {
                    printer.printRecord(records.get(r));
                } else {
                    List<Object> row = new ArrayList<>();
                    row.add(r % 4 == 1 ? lineNos[r / 4 % lineNos.length] : (long) r);
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
                    staging.printRow(r % 4 == 1 ? lineNos[r / 4 % lineNos.length] : r, records.get(r));
                }
            }
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void printsAValueLongerThanABlockWhole(@TempDir Path dir) throws Exception {
        // given: a value of 3 bytes a character, with quotes and a line break, three times the block it is printed into
        String line = "Lưu trữ \"hồ sơ\"\r\n".repeat(10_000);
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(7L, "ễ".repeat(70_000), line, "x");
        }

        // when
        Path file = dir.resolve("rows.csv");
        try (StagingCsv staging = new StagingCsv(file)) {
            staging.printRow(7, List.of("ễ".repeat(70_000), line, "x"));
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
        StagingCsv lowFirst = new StagingCsv(dir.resolve("low.csv"));
        lowFirst.printRow(2, List.of("\uDCC1,"));
        StagingCsv highLast = new StagingCsv(dir.resolve("high.csv"));
        highLast.printRow(2, List.of("sơ\uD83D"));

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("2," + pair + "\n");
        assertThatThrownBy(staging::close).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(lowFirst::close).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(highLast::close).isInstanceOf(MalformedInputException.class);
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
