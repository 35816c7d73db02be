package vn.vtlt.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * The API of contract section 8 against the real portal on 127.0.0.1 with a real HTTP client: every status code,
 * the dry run, a district's token acting for its ward, uploads written into the inbox without overwriting, then
 * the real import deciding what was uploaded as the dry run said.
 */
class PortalApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIZE_LIMIT = 200_000;

    @TempDir
    static Path root;
    static TestCity city;
    static Portal portal;
    static String healthToken;
    static String districtToken;

    @BeforeAll
    static void startPortalOnAnImportedCity() {
        city = new TestCity(root).agency("P-1,Phường 1 (Quận 8),PHUONG_XA,Quận 8,Q-774,2000-01-01,,");
        city.put("SO-YT", "SO-YT_nhan-su_2015.csv", Rosters.rosterCsv("SO-YT", 1, 2015, 3, 1));
        assertThat(city.runImport()).isZero();
        portal = Portal.start(city, "--vtlt.http.max-file-bytes=" + SIZE_LIMIT, "--server.forward-headers-strategy=native");
        healthToken = portal.token("SO-YT", "hr-system", false);
        districtToken = portal.token("Q-774", "district-system", true);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static byte[] roster(String agency, int number, boolean faulty) {
        Csv csv = Rosters.rosterCsv(agency, number, 2016, 3, 1);
        if (faulty) {
            csv.row(agency, "2016", "12345", "Tên Sai", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học");
        }
        return csv.bytes(LegacyEncodings.UTF8);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void answers201WithTheDryRunOfAFaultyRosterNamingLineAndColumnWithoutThePersonsId() throws Exception {
        // when
        HttpResponse<String> response = portal.upload(healthToken, "SO-YT_nhan-su_2016_faulty.csv", roster("SO-YT", 1, true));
        // then
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode answer = json(response);
        assertThat(answer.path("agency_code").asText()).isEqualTo("SO-YT");
        assertThat(answer.path("dataset").asText()).isEqualTo("nhan-su");
        assertThat(answer.path("year").asInt()).isEqualTo(2016);
        assertThat(answer.path("sha256").asText()).hasSize(64);
        assertThat(answer.path("dry_run").path("decision").asText()).isEqualTo("REJECTED");
        JsonNode problem = answer.path("dry_run").path("problems").get(0);
        assertThat(problem.path("line").asLong()).isEqualTo(5);
        assertThat(problem.path("column").asText()).isEqualTo("person_id");
        assertThat(problem.path("fault").asText()).isEqualTo("INVALID_PERSON_ID");
        assertThat(problem.path("message_vi").asText()).isNotBlank();
        assertThat(problem.path("message_en").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("12345").doesNotContain("Tên Sai");
        assertThat(Files.exists(city.inbox.resolve("SO-YT").resolve(answer.path("file_name").asText()))).isTrue();
    }

    @Test
    void neverOverwritesAnUploadOfTheSameName() throws Exception {
        // when
        String first = json(portal.upload(healthToken, "SO-YT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SO-YT", "L1", "Lớp", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", "")
                .bytes(LegacyEncodings.UTF8))).path("file_name").asText();
        String second = json(portal.upload(healthToken, "SO-YT_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SO-YT", "L1", "Lớp", "Tập huấn", "", "", "", "01/03/2016", "01/03/2016", "1", "12", "0", "0", "0", "0", "")
                .bytes(LegacyEncodings.UTF8))).path("file_name").asText();
        // then
        assertThat(first).isEqualTo("SO-YT_dao-tao_2016.csv");
        assertThat(second).isEqualTo("SO-YT_dao-tao_2016_2.csv");
        assertThat(Files.readString(city.inbox.resolve("SO-YT/" + first))).contains(",10,");
        assertThat(Files.readString(city.inbox.resolve("SO-YT/" + second))).contains(",12,");
    }

    @Test
    void answers401WithoutAToken() {
        assertThat(portal.upload(null, "SO-YT_nhan-su_2016.csv", roster("SO-YT", 1, false)).statusCode()).isEqualTo(401);
        assertThat(portal.get(null, "/api/v1/submissions?year=2016", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void answers401ForAnUnknownOrRevokedToken() {
        // given
        String revoked = portal.token("SO-YT", "old-system", false);
        portal.command("tokens", "revoke", "--agency", "SO-YT", "--name", "old-system");
        // then
        assertThat(portal.upload("vtlt_not-a-token", "SO-YT_nhan-su_2016.csv", roster("SO-YT", 1, false)).statusCode()).isEqualTo(401);
        assertThat(portal.upload(revoked, "SO-YT_nhan-su_2016.csv", roster("SO-YT", 1, false)).statusCode()).isEqualTo(401);
    }

    @Test
    void answers403WithTheReasonForAnotherAgencysFile() throws Exception {
        // when
        HttpResponse<String> response = portal.upload(healthToken, "Q-760_nhan-su_2016.csv", roster("Q-760", 2, false));
        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("error").asText()).contains("Q-760");
        assertThat(city.inbox.resolve("Q-760")).doesNotExist();
    }

    @Test
    void answers400ForANameThatIsNotASubmissionsOrIsAPath() {
        assertThat(portal.upload(healthToken, "roster.csv", roster("SO-YT", 1, false)).statusCode()).isEqualTo(400);
        assertThat(portal.upload(healthToken, "../SO-YT_nhan-su_2016.csv", roster("SO-YT", 1, false)).statusCode()).isEqualTo(400);
    }

    @Test
    void answers413ForAFileOverTheSizeLimitAndKeepsNothing() throws Exception {
        // when
        HttpResponse<String> response = portal.upload(healthToken, "SO-YT_hoc-vien_2016.csv", new byte[SIZE_LIMIT + 1]);
        // then
        assertThat(response.statusCode()).isEqualTo(413);
        try (var files = Files.list(city.inbox.resolve("SO-YT"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("hoc-vien"));
        }
    }

    @Test
    void aDistrictsTokenSubmitsForItsWardButNotForAnotherDistrict() throws Exception {
        // when
        HttpResponse<String> ward = portal.upload(districtToken, "P-1_nhan-su_2016.csv", roster("P-1", 3, false));
        HttpResponse<String> other = portal.upload(districtToken, "Q-760_nhan-su_2016.csv", roster("Q-760", 2, false));
        // then
        assertThat(ward.statusCode()).isEqualTo(201);
        assertThat(json(ward).path("dry_run").path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(json(ward).path("dry_run").path("problems")).isEmpty();
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Test
    void servesTheTemplatePreFilledForTheTokensAgency() {
        // when
        HttpResponse<byte[]> response = portal.get(healthToken, "/api/v1/templates/nhan-su/2016", HttpResponse.BodyHandlers.ofByteArray());
        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("SO-YT_nhan-su_2016.xlsx");
        assertThat(new String(response.body(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void theImportDecidesWhatWasUploadedAsTheDryRunSaid() throws Exception {
        // given
        HttpResponse<String> good = portal.upload(districtToken, "Q-774_nhan-su_2016.csv", roster("Q-774", 4, false));
        HttpResponse<String> bad = portal.upload(districtToken, "Q-774_nhan-su_2016_v2.csv", roster("Q-774", 4, true));
        assertThat(json(good).path("dry_run").path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(json(bad).path("dry_run").path("decision").asText()).isEqualTo("REJECTED");
        JsonNode before = JSON.readTree(portal.get(districtToken, "/api/v1/submissions?year=2016", HttpResponse.BodyHandlers.ofString()).body());
        assertThat(statusOf(before, json(good).path("id").asLong())).isEqualTo("PENDING");
        // when
        assertThat(city.runImport()).isZero();
        // then
        JsonNode after = JSON.readTree(portal.get(districtToken, "/api/v1/submissions?year=2016", HttpResponse.BodyHandlers.ofString()).body());
        assertThat(statusOf(after, json(good).path("id").asLong())).isEqualTo("ACCEPTED");
        JsonNode rejected = find(after, json(bad).path("id").asLong());
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("run").asLong()).isPositive();
        assertThat(rejected.path("problems").findValuesAsText("fault")).isEqualTo(
                json(bad).path("dry_run").path("problems").findValuesAsText("fault"));
        assertThat(city.status("Q-774", "nhan-su", 2016)).isEqualTo("ACCEPTED");
    }

    private static String statusOf(JsonNode list, long id) {
        return find(list, id).path("status").asText();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode upload : list) {
            if (upload.path("id").asLong() == id) {
                return upload;
            }
        }
        throw new AssertionError("no upload " + id + " in " + list);
    }

    @Test
    void aTokenCreatedByAnotherProcessWhileThePortalRunsWorksAtOnce() {
        // given: the portal holds its database open; the operator's command runs in a JVM of its own
        String printed = portal.commandInOtherProcess("tokens", "create", "--agency", "SO-YT", "--name", "other-process");
        String[] lines = printed.strip().split("\n");
        // when
        HttpResponse<String> response = portal.get(lines[lines.length - 1].strip(), "/api/v1/submissions?year=2016",
                HttpResponse.BodyHandlers.ofString());
        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindATlsProxy() {
        // when
        String direct = portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.base + "/login")).GET())
                .headers().firstValue("Set-Cookie").orElse("");
        String proxied = portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.base + "/login"))
                .header("X-Forwarded-Proto", "https").GET()).headers().firstValue("Set-Cookie").orElse("");
        // then
        assertThat(direct).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(proxied).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void auditsTokenChangesAndUploads() {
        assertThat(new AuditLog(PortalDatabase.open(city.home)).entries()).extracting(AuditLog.Entry::action)
                .contains("TOKEN_CREATED", "UPLOAD");
        assertThat(List.of(healthToken, districtToken)).allMatch(token -> token.startsWith("vtlt_"));
    }
}
