package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Sources that hang, break, lie or attack, served by a real server on 127.0.0.1 and a real inbox: each is recorded
 * with its reason, within the configured limits, and every other agency loads as if nothing happened. Nothing
 * outside the inbox or the source's host is ever read. The sources that hang do so until the run has ended, so the
 * run can only end by giving up on them; the others answer at once, well within the timeout, however loaded the
 * machine.
 */
class HostileSourcesTest {

    private static final String OK_LISTING_ENTRY = "{\"name\": \"%s\", \"modified\": \"2017-01-15T08:00:00Z\"}";

    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    /** Opened once the run has ended: until then, the sources that hang hold their requests. */
    private final CountDownLatch runEnded = new CountDownLatch(1);
    /** The paths of the requests the hanging sources hold now. */
    private final List<String> held = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startServer() throws IOException {
        // made before the run, so that its answer never waits for the roster to be written
        byte[] big = Rosters.rosterCsv("H-BIG", 9, 2016, 5_000, 1).bytes(LegacyEncodings.UTF8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        // the listing never comes
        server.createContext("/hang/", this::holdUntilTheRunEnded);
        // the listing comes, the file starts and then stalls
        server.createContext("/stall/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/")) {
                respond(exchange, listing("H-STALL_nhan-su_2016.csv"));
                return;
            }
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream out = exchange.getResponseBody();
            out.write("Mã cơ quan,".getBytes(StandardCharsets.UTF_8));
            out.flush();
            holdUntilTheRunEnded(exchange);
        });
        // the connection is cut half-way through the file
        server.createContext("/reset/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/")) {
                respond(exchange, listing("H-RESET_nhan-su_2016.csv"));
                return;
            }
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write(new byte[100]);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        server.createContext("/error/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        // a listing of a million entries, written as it is read
        server.createContext("/million/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('[');
                for (int i = 0; i < 1_000_000; i++) {
                    out.write(((i == 0 ? "" : ",") + OK_LISTING_ENTRY.formatted("H-MIL_nhan-su_2016_" + i + ".csv"))
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write(']');
            } catch (IOException closedByTheImport) {
                // expected: the import stops reading at its limit
            }
        });
        // a file over the size limit
        server.createContext("/big/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/")) {
                respond(exchange, listing("H-BIG_nhan-su_2016.csv"));
                return;
            }
            respond(exchange, big);
        });
        // a redirect to another host, and a listing pointing at other hosts, schemes and paths
        server.createContext("/redirect/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://other.example.invalid/listing/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/paths/", exchange -> respond(exchange, """
                [{"name": "../../etc/passwd", "url": "../../etc/passwd"},
                 {"name": "/etc/passwd"},
                 {"name": "H-PATHS_nhan-su_2016.csv", "url": "file:///etc/passwd"},
                 {"name": "H-PATHS_dao-tao_2016.csv", "url": "http://169.254.169.254/latest/meta-data/"}]
                """.getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stopServer() {
        runEnded.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static byte[] listing(String name) {
        return ("[" + OK_LISTING_ENTRY.formatted(name) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Holds a request, answering nothing more, until the run has ended (or the test gave up on it). */
    private void holdUntilTheRunEnded(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        held.add(path);
        try {
            runEnded.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.remove(path);
        }
    }

    @Test
    void everyHostileSourceIsRecordedWithItsReasonAndTheOthersLoad(@TempDir Path root) throws Exception {
        // given hostile HTTP sources, a good folder source, and folder sources that try to leave the inbox
        TestCity city = new TestCity(root);
        for (String[] source : new String[][] {{"H-HANG", "hang"}, {"H-STALL", "stall"}, {"H-RESET", "reset"},
                {"H-ERR", "error"}, {"H-MIL", "million"}, {"H-BIG", "big"}, {"H-REDIR", "redirect"}, {"H-PATHS", "paths"}}) {
            city.agency(source[0] + ",Nguồn " + source[1] + ",SO_NGANH,,,2000-01-01,," + base + "/" + source[1] + "/");
        }
        city.agency("F-LINK,Thư mục có liên kết,SO_NGANH,,,2000-01-01,,");
        city.agency("F-DIR,Thư mục là liên kết,SO_NGANH,,,2000-01-01,,");
        city.agency("F-HUGE,Tệp 2 GB,SO_NGANH,,,2000-01-01,,");
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));

        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = Files.write(outside.resolve("F-LINK_nhan-su_2016.csv"),
                Rosters.rosterCsv("F-LINK", 2, 2016, 2, 1).bytes(LegacyEncodings.UTF8));
        Files.createDirectories(city.inbox.resolve("F-LINK"));
        Files.createSymbolicLink(city.inbox.resolve("F-LINK").resolve("F-LINK_nhan-su_2016.csv"), secret);
        Files.createSymbolicLink(city.inbox.resolve("F-DIR"), outside);
        // a 2 GB file, made lazily: sparse, nothing written
        Files.createDirectories(city.inbox.resolve("F-HUGE"));
        try (RandomAccessFile huge = new RandomAccessFile(city.inbox.resolve("F-HUGE").resolve("F-HUGE_nhan-su_2016.csv").toFile(), "rw")) {
            huge.setLength(2L * 1024 * 1024 * 1024);
        }

        // when the import runs with a 5 s timeout (the sources that answer do so at once), a 100 kB file limit and a
        // 1,000-entry listing limit
        ImportProcess run = ImportProcess.start(city, "--vtlt.http.request-timeout=5s", "--vtlt.http.connect-timeout=5s",
                "--vtlt.http.max-file-bytes=100000", "--vtlt.http.max-listing-entries=1000");
        assertThat(run.waitFor()).as(run.output()).isZero();

        // then the run ended while the hanging sources still held its requests: it gave up on them at the timeout
        assertThat(held).as("requests held when the run ended").containsOnly("/hang/", "/stall/H-STALL_nhan-su_2016.csv");
        runEnded.countDown();

        // and each source got its reason
        Map<String, List<String>> events = new TreeMap<>();
        for (List<Object> row : city.query("select agency_code, fault_code from audit_source_event order by all")) {
            events.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add((String) row.get(1));
        }
        assertThat(events).containsEntry("H-HANG", List.of("SOURCE_UNREACHABLE"))
                .containsEntry("H-STALL", List.of("SOURCE_UNREACHABLE"))
                .containsEntry("H-RESET", List.of("SOURCE_UNREACHABLE"))
                .containsEntry("H-ERR", List.of("SOURCE_UNREACHABLE"))
                .containsEntry("H-MIL", List.of("LISTING_TOO_LARGE"))
                .containsEntry("H-BIG", List.of("FILE_TOO_LARGE"))
                .containsEntry("H-REDIR", List.of("SOURCE_UNREACHABLE"))
                .containsEntry("H-PATHS", List.of("FOREIGN_HOST_REFUSED", "FOREIGN_HOST_REFUSED", "NAME_REFUSED", "NAME_REFUSED"))
                .containsEntry("F-HUGE", List.of("FILE_TOO_LARGE"));
        assertThat(city.query("select detail from audit_source_event where agency_code = 'H-STALL'").toString()).contains("no data for");
        assertThat(city.query("select detail from audit_source_event where agency_code = 'H-REDIR'").toString()).contains("HTTP 302");
        // nothing from outside the inbox or the hosts was received; the good agency loaded
        assertThat(city.query("select distinct source_agency from audit_received_file")).containsExactly(List.of("SO-YT"));
        assertThat(city.status("SO-YT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        try (Stream<Path> archived = Files.walk(city.home.resolve("archive"))) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("SO-YT_"));
        }
        assertThat(city.feedback("H-MIL", "en")).contains("more entries than the configured limit");
    }
}
