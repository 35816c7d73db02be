package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Names and ID numbers of people never reach the warehouse, the logs, the feedback or the job history (contract
 * section 5): after an import of valid, repaired and faulty IDs, no text anywhere but the archive holds one.
 */
class PersonalDataTest {

    @Test
    void noRawIdOrNameIsInAnyTextColumnLogFeedbackOrJobHistory(@TempDir Path root) throws Exception {
        // given rosters and a participant list with valid, Excel-damaged and faulty IDs
        TestCity city = new TestCity(root);
        List<String> secrets = new ArrayList<>();
        List<List<String>> roster = Rosters.roster("SO-YT", 1, 2016, 20, 10);
        roster.forEach(r -> secrets.addAll(List.of(r.get(2), r.get(3))));
        Csv rosterCsv = Csv.of(Csv.ROSTER_HEADINGS).rows(roster)
                .row("SO-YT", "2016", "79185777001", "Trần Văn Sửa Số", "1985", "Nam", "Văn thư", "Chuyên trách", "ĐH", "Lưu trữ học")
                .row("SO-YT", "2016", "0791857770", "Lê Thị Sai Số", "1985", "Nữ", "Văn thư", "Chuyên trách", "ĐH", "Lưu trữ học")
                .row("SO-YT", "2016", "079185777003", "Phạm Văn Sai Mã", "1985", "Nam", "Thủ kho", "Chuyên trách", "ĐH", "Lưu trữ học");
        secrets.addAll(List.of("79185777001", "079185777001", "0791857770", "079185777003", "Trần Văn Sửa Số",
                "Lê Thị Sai Số", "Phạm Văn Sai Mã"));
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", rosterCsv);
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS).row("SNV-CCVTLT", "SC-1",
                "Sơ cấp", "Bồi dưỡng", "Sơ cấp", "", "", "01/03/2016", "30/04/2016", "1", "3", "0", "0", "0", "0", ""));
        city.put("SNV-CCVTLT", "SNV-CCVTLT_hoc-vien_2016.csv", Csv.of(Csv.PARTICIPANT_HEADINGS)
                .row("SNV-CCVTLT", "SC-1", "SO-YT", roster.get(0).get(2), roster.get(0).get(3), "Hoàn thành")
                .row("SNV-CCVTLT", "SC-1", "SO-YT", "79185777001", "Trần Văn Sửa Số", "Hoàn thành")
                .row("SNV-CCVTLT", "SC-1", "Q-774", "079174555111", "Võ Thị Học Viên", "Đang học"));
        secrets.addAll(List.of("079174555111", "Võ Thị Học Viên"));

        // when imported with the most detailed logging
        ImportProcess process = ImportProcess.start(city, "--policy", "lenient",
                "--logging.level.vn.vtlt=trace", "--logging.level.org.springframework.batch=debug");
        assertThat(process.waitFor()).as(process.output()).isZero();
        assertThat(city.count("select count(*) from fact_participation")).isEqualTo(3);
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(21);

        // then
        StringBuilder everything = new StringBuilder(process.output());
        everything.append(Files.readString(city.home.resolve("logs/vtlt-warehouse.log")));
        for (List<Object> column : city.query("""
                select table_name, column_name from information_schema.columns
                where data_type = 'VARCHAR' and table_name in (select table_name from duckdb_tables())""")) {
            city.query("select \"" + column.get(1) + "\" from \"" + column.get(0) + "\"")
                    .forEach(row -> everything.append(row.get(0)).append('\n'));
        }
        try (Stream<Path> feedback = Files.walk(city.home.resolve("feedback"))) {
            for (Path file : feedback.filter(Files::isRegularFile).toList()) {
                everything.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        everything.append(jobHistory(city.home));
        everything.append(reportsAndStatus(city, root));
        assertThat(everything.length()).isGreaterThan(10_000);
        for (String secret : secrets) {
            assertThat(everything.toString()).as("a raw ID or name").doesNotContain(secret);
        }
    }

    /** Every report format (the XLSX's XML parts as text), and what status and history print. */
    private static String reportsAndStatus(TestCity city, Path root) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String format : List.of("md", "html", "csv", "json", "xlsx")) {
            Path out = root.resolve("review." + format);
            assertThat(VtltWarehouse.execute("report", "--from", "2016", "--to", "2016", "--format", format,
                    "--out", out.toString(), "--home", city.home.toString())).isZero();
            if (format.equals("xlsx")) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } else {
                text.append(Files.readString(out, StandardCharsets.UTF_8));
            }
        }
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            VtltWarehouse.execute("status", "--home", city.home.toString());
            VtltWarehouse.execute("history", "--home", city.home.toString());
        } finally {
            System.setOut(original);
        }
        text.append(printed.toString(StandardCharsets.UTF_8));
        return text.toString();
    }

    private static String jobHistory(Path home) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("job-repository/batch"), "sa", "");
             Statement statement = connection.createStatement()) {
            for (String table : List.of("BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT",
                    "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION")) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    while (rows.next()) {
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            text.append(rows.getString(i)).append(' ');
                        }
                    }
                }
            }
        }
        return text.toString();
    }
}
