package vn.vtlt.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Portal;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The dry run and the nightly import never disagree: the files of the fault suites (FileFaultsTest, RowFaultsTest,
 * HostileFilesTest) and a workbook of several datasets (one entry per dataset sheet) are uploaded through the API,
 * then the real import decides them; each file's dry-run decision and problems (line, column, fault, severity)
 * equal the import's, including the SQL checks against the registry, reference data and the agency's accepted data.
 */
class DryRunAgreesWithImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    static TestCity city;
    static final Map<String, JsonNode> DRY_RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void uploadEveryFaultyFileThenImport() throws IOException {
        // given: a published city whose organiser has a class of 2 participations accepted
        city = new TestCity(root);
        for (int i = 1; i <= 20; i++) {
            city.agency(String.format("F-%02d,Đơn vị F-%02d,DON_VI_SU_NGHIEP,Quận 8,Q-774,2000-01-01,,", i, i));
        }
        city.put("SNV-CCVTLT", "SNV-CCVTLT_dao-tao_2015.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SNV-CCVTLT", "K1", "Lớp cũ", "Tập huấn", "", "", "", "01/03/2015", "01/03/2015", "1", "2", "0", "0", "0", "0", ""));
        assertThat(city.runImport()).isZero();
        try (Portal portal = Portal.start(city)) {
            String district = portal.token("Q-774", "district", true);
            String health = portal.token("SO-YT", "health", false);
            String archives = portal.token("SNV-CCVTLT", "archives", false);
            String dissolved = portal.token("SO-CU", "dissolved", false);
            // when: the files of FileFaultsTest
            upload(portal, district, "F-01_nhan-su_2016.csv", new byte[0]);
            upload(portal, district, "F-02_nhan-su_2016.csv", utf8(Csv.of(Csv.ROSTER_HEADINGS).text()));
            List<String> withoutLevel = new ArrayList<>(Csv.ROSTER_HEADINGS);
            withoutLevel.remove("Trình độ");
            upload(portal, district, "F-03_nhan-su_2016.csv", utf8(Csv.of(withoutLevel).row(
                    "F-03", "2016", Rosters.personId(3, 1), "Tên", "1980", "Nữ", "Văn thư", "Chuyên trách", "Văn thư").text()));
            upload(portal, district, "F-04_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-04", 4, 2016, 2, 1)
                    .row(Rosters.roster("SO-YT", 4, 2016, 3, 1).get(2).toArray(String[]::new)).text()));
            upload(portal, district, "F-06_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-06", 6, 2015, 2, 1).text()));
            upload(portal, dissolved, "SO-CU_nhan-su_2016.csv", utf8(Rosters.rosterCsv("SO-CU", 7, 2016, 2, 1).text()));
            upload(portal, district, "F-08_dao-tao_2016.csv", utf8(Csv.of(Csv.TRAINING_HEADINGS)
                    .row("F-08", "L1", "Tập huấn", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "40", "0", "0", "5.000.000", "0", "")
                    .row("Tổng cộng", "", "", "", "", "", "", "", "", "1", "45", "", "", "5.000.000", "", "").text()));
            upload(portal, district, "F-09_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-09", 9, 2016, 2, 1).text()
                    .replace("Văn thư - Lưu trữ", "V?n th? - L?u tr?")));
            upload(portal, district, "F-10_nhan-su_2016.csv", utf8(new String(utf8(Rosters.rosterCsv("F-10", 10, 2016, 2, 1).text()),
                    Charset.forName("windows-1252"))));
            upload(portal, district, "F-11_nhan-su_2016.csv",
                    Rosters.rosterCsv("F-11", 11, 2016, 2, 1).text().getBytes(StandardCharsets.UTF_16LE));
            upload(portal, district, "F-12_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-12", 12, 2016, 2, 1).text()
                    + "F-12,2016,\"079012000009,Tên,1980,Nữ,Văn thư,Chuyên trách,Đại học,Lưu trữ học\r\n"));
            upload(portal, district, "F-14_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-14", 14, 2016, 2, 1)
                    .row("Tổng cộng", "", "", "", "", "", "", "", "", "")
                    .row(Rosters.roster("F-14", 14, 2016, 3, 1).get(2).toArray(String[]::new)).text()));
            // the files of RowFaultsTest
            upload(portal, health, "SO-YT_nhan-su_2016.csv", utf8(Csv.of(Csv.ROSTER_HEADINGS).rows(Rosters.roster("SO-YT", 1, 2016, 3, 1))
                    .row("SO-YT", "2016", "07918500123", "Tên Bốn", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                    .row("SO-YT", "2016", "7.91850E+10", "Tên Năm", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                    .row("SO-YT", "2016", "12345", "Tên Sáu", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                    .row("SO-YT", "2016", Rosters.personId(1, 1), "Tên Bảy", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                    .row("SO-YT", "2016", "079185009008", "", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                    .row("SO-YT", "2016", "079185009009", "Tên Chín", "1900", "Nữ", "Thủ kho", "Chuyên trách", "Tiến sĩ", "Lưu trữ học")
                    .row("SO-YT", "2016", "079185009010", "Tên Mười", "1985", "Nữ", "Văn thư", "Bán thời gian", "Cao đẳng", "").text()));
            upload(portal, archives, "SNV-CCVTLT_dao-tao_2016.csv", utf8(Csv.of(Csv.TRAINING_HEADINGS)
                    .row("SNV-CCVTLT", "L1", "Lớp đúng", "Bồi dưỡng", "Sơ cấp", "", "", "01/03/2016", "30/04/2016", "1", "2", "0", "0", "0", "0", "")
                    .row("SNV-CCVTLT", "L2", "Ngày sai", "Tập huấn", "", "", "", "31/02/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", "")
                    .row("SNV-CCVTLT", "L3", "Kết thúc trước", "Tập huấn", "", "", "", "05/03/2016", "01/03/2016", "1", "10", "1,5", "0", "0", "0", "")
                    .row("SNV-CCVTLT", "L4", "Thiếu trình độ", "Đào tạo", "", "", "", "05/03/2016", "01/06/2016", "1", "10", "0", "0", "0", "0", "")
                    .row("SNV-CCVTLT", "L5", "Sai trình độ", "Bồi dưỡng", "Đại học", "", "", "05/03/2016", "01/06/2016", "1", "10", "0", "0", "0", "0", "")
                    .row("SNV-CCVTLT", "L1", "Trùng mã", "Khoá học", "", "", "", "05/03/2016", "01/06/2016", "0", "-3", "0", "0", "0", "0", "").text()));
            upload(portal, archives, "SNV-CCVTLT_hoc-vien_2016.csv", utf8(Csv.of(Csv.PARTICIPANT_HEADINGS)
                    .row("SNV-CCVTLT", "L1", "SO-YT", Rosters.personId(1, 1), Rosters.personName(1, 1), "Hoàn thành")
                    .row("SNV-CCVTLT", "L9", "SO-YT", Rosters.personId(1, 2), Rosters.personName(1, 2), "Hoàn thành")
                    .row("SNV-CCVTLT", "L1", "XX-999", Rosters.personId(1, 3), Rosters.personName(1, 3), "Đỗ").text()));
            // a list that does not match the accepted class's participations (a rule against accepted data)
            upload(portal, archives, "SNV-CCVTLT_hoc-vien_2015.csv", utf8(Csv.of(Csv.PARTICIPANT_HEADINGS)
                    .row("SNV-CCVTLT", "K1", "SO-YT", Rosters.personId(1, 1), Rosters.personName(1, 1), "Hoàn thành")
                    .row("SNV-CCVTLT", "K1", "SO-YT", Rosters.personId(1, 2), Rosters.personName(1, 2), "Hoàn thành")
                    .row("SNV-CCVTLT", "K1", "SO-YT", Rosters.personId(1, 3), Rosters.personName(1, 3), "Hoàn thành").text()));
            // the cases of HostileFilesTest, one agency each
            byte[] garbage = new byte[4096];
            new java.util.Random(1).nextBytes(garbage);
            upload(portal, district, "F-15_nhan-su_2016.csv", garbage);
            upload(portal, district, "F-16_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-16", 16, 2016, 3, 1).text().replaceFirst("Nữ", "N\0")));
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
                out.write(utf8(Rosters.rosterCsv("F-17", 17, 2016, 3, 1).text()));
            }
            upload(portal, district, "F-17_nhan-su_2016.csv", gzip.toByteArray());
            String[] lines = Rosters.rosterCsv("F-18", 18, 2016, 4, 1).lineEnd("\n").text().split("\n");
            upload(portal, district, "F-18_nhan-su_2016.csv", utf8(lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r" + lines[3]
                    + "\r\n" + lines[4].substring(0, 20)));
            ByteArrayOutputStream bomInside = new ByteArrayOutputStream();
            bomInside.writeBytes(LegacyEncodings.WINDOWS_1258.encode(Rosters.rosterCsv("F-19", 19, 2016, 2, 1).text()));
            bomInside.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bomInside.writeBytes(LegacyEncodings.WINDOWS_1258.encode(String.join(",", Rosters.roster("F-19", 20, 2016, 1, 1).get(0)) + "\r\n"));
            upload(portal, district, "F-19_nhan-su_2016.csv", bomInside.toByteArray());
            List<String> headings = new ArrayList<>(Csv.ROSTER_HEADINGS);
            for (int i = 0; i < 2_000; i++) {
                headings.add("Cột thêm " + i);
            }
            List<String> row = new ArrayList<>(Rosters.roster("F-20", 20, 2016, 1, 1).get(0));
            row.set(4, "99999999999999999999");
            row.addAll(Collections.nCopies(2_000, "x"));
            upload(portal, district, "F-20_nhan-su_2016.csv", utf8(Csv.of(headings).rows(List.of(row)).text()));
            // a workbook of several datasets: a clean roster sheet, a faulty class sheet and a sheet of notes, each
            // dataset sheet a submission of its own
            Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
            List<List<String>> roster = new ArrayList<>(List.of(Csv.ROSTER_HEADINGS));
            roster.addAll(Rosters.roster("F-13", 13, 2016, 3, 1));
            sheets.put("nhan-su", roster);
            sheets.put("Ghi chú", List.of(List.of("Mỗi báo cáo một trang tính.")));
            sheets.put("dao-tao", List.of(Csv.TRAINING_HEADINGS, List.of("F-13", "L1", "Lớp", "Khoá học", "", "", "",
                    "31/02/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", "")));
            HttpResponse<String> workbook = portal.upload(district, "F-13_2016.xlsx", Portal.workbook(sheets));
            assertThat(workbook.statusCode()).as(workbook.body()).isEqualTo(201);
            JSON.readTree(workbook.body()).forEach(entry -> DRY_RUNS.put(entry.path("file_name").asText(), entry.path("dry_run")));
            assertThat(DRY_RUNS).containsKeys("F-13_2016.xlsx [nhan-su]", "F-13_2016.xlsx [dao-tao]");
            // a class list whose classes are in a dao-tao uploaded before it and still waiting for the import (which
            // loads the dao-tao first): the list is checked against those classes, not the accepted ones
            upload(portal, district, "F-07_dao-tao_2016.csv", utf8(Csv.of(Csv.TRAINING_HEADINGS)
                    .row("F-07", "M1", "Lớp mới", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "2", "0", "0", "0", "0", "").text()));
            upload(portal, district, "F-07_hoc-vien_2016.csv", utf8(Csv.of(Csv.PARTICIPANT_HEADINGS)
                    .row("F-07", "M1", "SO-YT", Rosters.personId(7, 1), Rosters.personName(7, 1), "Hoàn thành")
                    .row("F-07", "M1", "SO-YT", Rosters.personId(7, 2), Rosters.personName(7, 2), "Hoàn thành").text()));
            // the same within one workbook: its hoc-vien sheet against its own dao-tao sheet's classes, one of them
            // listing a participant too many
            Map<String, List<List<String>>> training = new LinkedHashMap<>();
            training.put("dao-tao", List.of(Csv.TRAINING_HEADINGS,
                    List.of("F-07", "W1", "Lớp một", "Tập huấn", "", "", "", "01/03/2015", "01/03/2015", "1", "1", "0", "0", "0", "0", ""),
                    List.of("F-07", "W2", "Lớp hai", "Tập huấn", "", "", "", "01/04/2015", "01/04/2015", "1", "1", "0", "0", "0", "0", "")));
            training.put("hoc-vien", List.of(Csv.PARTICIPANT_HEADINGS,
                    List.of("F-07", "W1", "SO-YT", Rosters.personId(7, 3), Rosters.personName(7, 3), "Hoàn thành"),
                    List.of("F-07", "W2", "SO-YT", Rosters.personId(7, 4), Rosters.personName(7, 4), "Hoàn thành"),
                    List.of("F-07", "W2", "SO-YT", Rosters.personId(7, 5), Rosters.personName(7, 5), "Hoàn thành")));
            HttpResponse<String> both = portal.upload(district, "F-07_2015.xlsx", Portal.workbook(training));
            assertThat(both.statusCode()).as(both.body()).isEqualTo(201);
            JSON.readTree(both.body()).forEach(entry -> DRY_RUNS.put(entry.path("file_name").asText(), entry.path("dry_run")));
            // a clean roster
            upload(portal, district, "F-05_nhan-su_2016.csv", utf8(Rosters.rosterCsv("F-05", 5, 2016, 3, 1).text()));
        }
        // then the real import decides the same files
        assertThat(city.runImport()).isZero();
    }

    private static void upload(Portal portal, String token, String fileName, byte[] content) throws IOException {
        HttpResponse<String> response = portal.upload(token, fileName, content);
        assertThat(response.statusCode()).as(fileName + ": " + response.body()).isEqualTo(201);
        DRY_RUNS.put(fileName, JSON.readTree(response.body()).path("dry_run"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyDryRunDecisionIsTheImportsDecision() {
        // then
        Map<String, String> imported = new LinkedHashMap<>();
        Map<String, String> dryRun = new LinkedHashMap<>();
        DRY_RUNS.forEach((file, answer) -> {
            dryRun.put(file, answer.path("decision").asText());
            imported.put(file, (String) city.query("select status from audit_submission where file_name = '" + file + "'").get(0).get(0));
        });
        assertThat(dryRun).isEqualTo(imported);
        assertThat(dryRun).containsValues("ACCEPTED", "REJECTED");
    }

    @Test
    void everyDryRunProblemListIsTheImportsProblemList() {
        // then
        DRY_RUNS.forEach((file, answer) -> {
            List<String> dryRun = new ArrayList<>();
            answer.path("problems").forEach(p -> dryRun.add(p.path("line").asText("") + "|" + p.path("column").asText("")
                    + "|" + p.path("fault").asText() + "|" + p.path("severity").asText()));
            List<String> imported = new ArrayList<>();
            city.query("select file_fault_code from audit_submission where file_name = '" + file + "' and file_fault_code is not null")
                    .forEach(r -> imported.add("||" + r.get(0) + "|ERROR"));
            city.query("select p.line_no, p.column_name, p.fault_code, p.severity from audit_problem p join audit_submission s "
                            + "using (submission_id) where s.file_name = '" + file + "'")
                    .forEach(r -> imported.add((r.get(0) == null ? "" : r.get(0)) + "|" + (r.get(1) == null ? "" : r.get(1))
                            + "|" + r.get(2) + "|" + r.get(3)));
            assertThat(dryRun).as(file).containsExactlyInAnyOrderElementsOf(imported);
        });
        assertThat(DRY_RUNS.get("SNV-CCVTLT_hoc-vien_2015.csv").path("problems").findValuesAsText("fault"))
                .containsExactly("PARTICIPANT_COUNT_MISMATCH");
        assertThat(DRY_RUNS.get("SO-CU_nhan-su_2016.csv").path("problems").findValuesAsText("fault"))
                .containsExactly("UNKNOWN_AGENCY");
        assertThat(DRY_RUNS.get("F-07_hoc-vien_2016.csv").path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(DRY_RUNS.get("F-07_2015.xlsx [hoc-vien]").path("problems").findValuesAsText("fault"))
                .containsExactly("PARTICIPANT_COUNT_MISMATCH");
    }
}
