package vn.vtlt.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * What the API does with uploads that the import treats otherwise than a plain file (contract section 2), against
 * the real portal and the real import: a workbook of several datasets is one entry per dataset sheet, each with its
 * dry run and later its own decision; bytes already received from the agency's folder are a DUPLICATE, answered at
 * once and never written twice nor listed PENDING; an agency whose files are pulled from a URL is refused (409).
 */
class PortalReceiptsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL_SOURCE = "http://127.0.0.1:9/h-1/";

    @TempDir
    static Path root;
    static TestCity city;
    static Portal portal;
    static byte[] receivedRoster;

    @BeforeAll
    static void startPortalOnACityThatReceivedARoster() {
        city = new TestCity(root)
                .agency("W-1,Đơn vị W-1,DON_VI_SU_NGHIEP,Quận 8,,2000-01-01,,")
                .agency("D-1,Đơn vị D-1,DON_VI_SU_NGHIEP,Quận 8,,2000-01-01,,")
                .agency("H-1,Đơn vị H-1,DON_VI_SU_NGHIEP,Quận 8,,2000-01-01,," + URL_SOURCE);
        receivedRoster = Rosters.rosterCsv("D-1", 41, 2015, 3, 1).bytes(LegacyEncodings.UTF8);
        city.put("D-1", "D-1_nhan-su_2015.csv", receivedRoster);
        assertThat(city.runImport()).isZero();
        portal = Portal.start(city);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static JsonNode list(String token, int year) throws Exception {
        return JSON.readTree(portal.get(token, "/api/v1/submissions?year=" + year, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode upload : list) {
            if (upload.path("id").asLong() == id) {
                return upload;
            }
        }
        throw new AssertionError("no upload " + id + " in " + list);
    }

    private static List<String> filesIn(String agency) throws Exception {
        try (Stream<Path> files = Files.list(city.inbox.resolve(agency))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<List<String>> rows(List<String> headings, List<List<String>> data) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings);
        rows.addAll(data);
        return rows;
    }

    @Test
    void aWorkbookOfSeveralDatasetsGetsADryRunPerSheetAndTheImportDecidesEachSheetAsItSaid() throws Exception {
        // given: a clean roster sheet, a class ending before it starts, and a sheet of notes
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Ghi chú", List.of(List.of("Mỗi báo cáo một trang tính.")));
        sheets.put("nhan-su", rows(Csv.ROSTER_HEADINGS, Rosters.roster("W-1", 42, 2016, 3, 1)));
        sheets.put("dao-tao", rows(Csv.TRAINING_HEADINGS, List.of(List.of("W-1", "L1", "Lớp", "Tập huấn", "", "", "",
                "05/03/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", ""))));
        String token = portal.token("W-1", "w-system", false);
        // when
        HttpResponse<String> response = portal.upload(token, "W-1_2016.xlsx", Portal.workbook(sheets));
        // then: one entry per dataset sheet, each with its own dry run
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode entries = json(response);
        assertThat(entries.isArray()).isTrue();
        assertThat(entries.findValuesAsText("file_name")).containsExactly("W-1_2016.xlsx [nhan-su]", "W-1_2016.xlsx [dao-tao]");
        assertThat(entries.findValuesAsText("dataset")).containsExactly("nhan-su", "dao-tao");
        assertThat(entries.get(0).path("dry_run").path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(entries.get(1).path("dry_run").path("decision").asText()).isEqualTo("REJECTED");
        assertThat(entries.get(0).path("sha256").asText()).isEqualTo(entries.get(1).path("sha256").asText());
        assertThat(filesIn("W-1")).containsExactly("W-1_2016.xlsx");
        JsonNode before = list(token, 2016);
        assertThat(before.findValuesAsText("status")).containsExactly("PENDING", "PENDING");
        // when
        assertThat(city.runImport()).isZero();
        // then: the import recorded the same two submissions and decided each as its dry run said
        JsonNode after = list(token, 2016);
        for (JsonNode entry : entries) {
            JsonNode listed = find(after, entry.path("id").asLong());
            assertThat(listed.path("status").asText()).as(entry.path("file_name").asText())
                    .isEqualTo(entry.path("dry_run").path("decision").asText());
            assertThat(listed.path("problems").findValuesAsText("fault"))
                    .containsExactlyInAnyOrderElementsOf(entry.path("dry_run").path("problems").findValuesAsText("fault"));
        }
        assertThat(city.status("W-1", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select file_name, status from audit_submission where agency_code = 'W-1' order by file_name"))
                .containsExactly(List.of("W-1_2016.xlsx [dao-tao]", "REJECTED"), List.of("W-1_2016.xlsx [nhan-su]", "ACCEPTED"));
    }

    @Test
    void bytesAlreadyReceivedFromTheFolderAreADuplicateNamingTheEarlierFileAndAreNotWrittenAgain() throws Exception {
        // given
        String token = portal.token("D-1", "d-system", false);
        List<String> before = filesIn("D-1");
        // when
        HttpResponse<String> response = portal.upload(token, "D-1_nhan-su_2015_resent.csv", receivedRoster);
        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(answer.has("dry_run")).isFalse();
        assertThat(answer.path("duplicate_of").path("file_name").asText()).isEqualTo("D-1_nhan-su_2015.csv");
        assertThat(answer.path("duplicate_of").path("received_at").asText()).isNotBlank();
        assertThat(answer.path("duplicate_of").path("message_en").asText()).contains("D-1_nhan-su_2015.csv")
                .contains("will not receive");
        assertThat(filesIn("D-1")).isEqualTo(before);
        assertThat(find(list(token, 2015), answer.path("id").asLong()).path("status").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void anUploadIdenticalToOneWaitingInTheFolderIsADuplicateAndNeverListedPending() throws Exception {
        // given: a roster uploaded, waiting for the import
        String token = portal.token("D-1", "d-system-2", false);
        byte[] roster = Rosters.rosterCsv("D-1", 41, 2016, 4, 1).bytes(LegacyEncodings.UTF8);
        JsonNode first = json(portal.upload(token, "D-1_nhan-su_2016.csv", roster));
        // when: the same bytes again
        HttpResponse<String> again = portal.upload(token, "D-1_nhan-su_2016.csv", roster);
        // then
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("duplicate_of").path("file_name").asText()).isEqualTo(first.path("file_name").asText());
        assertThat(filesIn("D-1")).filteredOn(name -> name.contains("2016")).containsExactly("D-1_nhan-su_2016.csv");
        // when the import has run
        assertThat(city.runImport()).isZero();
        // then
        JsonNode listed = list(token, 2016);
        assertThat(find(listed, first.path("id").asLong()).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(find(listed, json(again).path("id").asLong()).path("status").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void anUploadThatTheImportSkipsForAnIdenticalFileReceivedMeanwhileIsListedDuplicateNotPending() throws Exception {
        // given: bytes the portal has not seen, put straight into the folder under a name the import reads first
        String token = portal.token("D-1", "d-system-3", false);
        byte[] roster = Rosters.rosterCsv("D-1", 41, 2017, 2, 1).bytes(LegacyEncodings.UTF8);
        city.put("D-1", "D-1_nhan-su_2017.csv", roster);
        JsonNode uploaded = json(portal.upload(token, "D-1_nhan-su_2017.csv", roster));
        assertThat(uploaded.path("file_name").asText()).isEqualTo("D-1_nhan-su_2017_2.csv");
        // when
        assertThat(city.runImport()).isZero();
        // then
        JsonNode listed = find(list(token, 2017), uploaded.path("id").asLong());
        assertThat(listed.path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(listed.path("duplicate_of").path("file_name").asText()).isEqualTo("D-1_nhan-su_2017.csv");
    }

    @Test
    void anAgencyWhoseFilesArePulledFromAUrlIsRefusedWith409NamingTheUrl() throws Exception {
        // given
        String token = portal.token("H-1", "h-system", false);
        // when
        HttpResponse<String> response = portal.upload(token, "H-1_nhan-su_2016.csv",
                Rosters.rosterCsv("H-1", 43, 2016, 2, 1).bytes(LegacyEncodings.UTF8));
        // then
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("error").asText()).contains(URL_SOURCE);
        assertThat(city.inbox.resolve("H-1")).doesNotExist();
        assertThat(list(token, 2016)).isEmpty();
    }
}
