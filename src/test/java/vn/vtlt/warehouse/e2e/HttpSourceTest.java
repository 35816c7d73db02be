package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * An agency's HTTP source (contract section 2), served by a real server on 127.0.0.1: a JSON listing with relative
 * and absolute URLs, a bearer token, 304 on an unchanged listing, and entries that must be refused.
 */
class HttpSourceTest {

    private static final String TOKEN = "tok-7f3a9c-secret-do-not-log";

    private HttpServer server;
    private String base;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger listings = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger unauthorised = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/nop-bao-cao/", this::listing);
        server.createContext("/tep/", this::file);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void listing(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        listings.incrementAndGet();
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        String json = """
                [{"name": "H-01_nhan-su_2016.csv", "url": "../../tep/H-01_nhan-su_2016.csv", "modified": "2017-01-15T08:00:00Z"},
                 {"name": "H-01_dao-tao_2016.csv", "url": "%s/tep/H-01_dao-tao_2016.csv", "modified": "2017-01-16T08:00:00Z"},
                 {"name": "../../etc/passwd", "url": "../tep/passwd", "modified": "2017-01-16T08:00:00Z"},
                 {"name": "H-01_hoc-vien_2016.csv", "url": "http://files.example.invalid/H-01_hoc-vien_2016.csv"}]
                """.formatted(base);
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        respond(exchange, json.getBytes(StandardCharsets.UTF_8));
    }

    private void file(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        byte[] content = files.get(exchange.getRequestURI().getPath().substring("/tep/".length()));
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        downloads.incrementAndGet();
        respond(exchange, content);
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        unauthorised.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
        return false;
    }

    /** The token file that gives H-01's source its token, readable by its owner only (as the import requires). */
    private static Path tokenFile(Path root) throws IOException {
        Path tokens = Files.writeString(root.resolve("tokens.properties"), "H-01=" + TOKEN + "\n");
        Files.setPosixFilePermissions(tokens, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return tokens;
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void pullsListedFilesWithTheTokenAsksConditionallyAndRefusesPathsAndOtherHosts(@TempDir Path root) throws IOException {
        // given
        TestCity city = new TestCity(root).agency("H-01,Sở có nguồn HTTP,SO_NGANH,,,2000-01-01,," + base + "/nop-bao-cao/H-01/");
        files.put("H-01_nhan-su_2016.csv", Rosters.rosterCsv("H-01", 1, 2016, 4, 3).bytes(LegacyEncodings.UTF8_BOM));
        files.put("H-01_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS).row("H-01", "TH-1", "Tập huấn nghiệp vụ", "Tập huấn",
                "", "", "", "10/05/2016", "10/05/2016", "1", "120", "0", "0", "12.000.000", "0", "").bytes(LegacyEncodings.UTF8));
        Path tokens = tokenFile(root);

        // when
        ImportProcess first = ImportProcess.start(city, "--vtlt.http.token-file=" + tokens);
        assertThat(first.waitFor()).isZero();
        ImportProcess second = ImportProcess.start(city, "--vtlt.http.token-file=" + tokens);
        assertThat(second.waitFor()).isZero();

        // then both files came, once, with the token; the second run was answered 304
        assertThat(city.status("H-01", "nhan-su", 2016)).as(city.feedback("H-01", "en")).isEqualTo("ACCEPTED");
        assertThat(city.status("H-01", "dao-tao", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select total_staff, vtlt_qualified from v_staffing_summary")).containsExactly(List.of(4L, 3L));
        assertThat(downloads.get()).isEqualTo(2);
        assertThat(listings.get()).isEqualTo(2);
        assertThat(notModified.get()).isEqualTo(1);
        assertThat(unauthorised.get()).isZero();
        assertThat(city.query("select fault_code from audit_source_event order by fault_code"))
                .containsExactly(List.of("FOREIGN_HOST_REFUSED"), List.of("NAME_REFUSED"));
        assertThat(city.feedback("H-01", "en")).contains("The file name is a path and was refused").contains("../../etc/passwd")
                .contains("on a host other than the source's");
        String everything = first.output() + second.output() + Files.readString(city.home.resolve("logs/vtlt-warehouse.log"))
                + city.feedback("H-01", "vi") + city.feedback("H-01", "en");
        assertThat(everything).doesNotContain(TOKEN);
    }

    @Test
    void aRunKilledOnceASourceWasListedLeavesItsFilesRecordedForTheNextRunThatIsAnswered304(@TempDir Path root)
            throws Exception {
        // given a source whose listing was read, its files archived and the listing's validators saved
        TestCity city = new TestCity(root).agency("H-01,Sở có nguồn HTTP,SO_NGANH,,,2000-01-01,," + base + "/nop-bao-cao/H-01/");
        files.put("H-01_nhan-su_2016.csv", Rosters.rosterCsv("H-01", 1, 2016, 4, 3).bytes(LegacyEncodings.UTF8));
        Path tokens = tokenFile(root);
        ImportProcess killed = ImportProcess.start(city, "--vtlt.http.token-file=" + tokens,
                ImportProcess.pauseAt(PausePoints.LISTED + "#1"));
        assertThat(killed.awaitPause(PausePoints.LISTED + "#1")).as(killed.output()).isTrue();

        // when the run is killed there, and the next run's listing is answered 304 Not Modified
        killed.kill();
        ImportProcess next = ImportProcess.start(city, "--vtlt.http.token-file=" + tokens);
        assertThat(next.waitFor()).as(next.output()).isZero();

        // then the files of the first listing were recorded before its validators were saved, and are loaded (the
        // next run finishes the killed one, then runs its own: each listing after the first was answered 304)
        assertThat(notModified.get()).as(next.output()).isEqualTo(listings.get() - 1).isPositive();
        assertThat(downloads.get()).isEqualTo(1);
        assertThat(city.status("H-01", "nhan-su", 2016)).as(city.feedback("H-01", "en")).isEqualTo("ACCEPTED");
    }

    @Test
    void recordsASourceThatRefusesUsAndGoesOnWithTheOthers(@TempDir Path root) {
        TestCity city = new TestCity(root).agency("H-02,Sở không có token,SO_NGANH,,,2000-01-01,," + base + "/nop-bao-cao/H-02/");
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 2, 2016, 2, 1));

        assertThat(city.runImport()).isZero();

        assertThat(unauthorised.get()).isEqualTo(1);
        assertThat(city.query("select fault_code, detail from audit_source_event"))
                .containsExactly(List.of("SOURCE_UNREACHABLE", base + "/nop-bao-cao/H-02/ answered HTTP 401"));
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
    }
}
