package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
