package vn.vtlt.warehouse.portal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vtlt.warehouse.bench.BenchData;
import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Portal;
import vn.vtlt.warehouse.support.TestCity;

/**
 * How long the analysts' and operators' pages take to answer: each page fetched whole through the real portal
 * (sign-in session, HTML rendered), first once (its answers read from the publication), then 2 warm-up fetches and
 * 10 measured ones (its answers kept for the publication), on a warehouse already imported. Not a
 * test: run it with {@code java -cp target/test-classes:target/classes:<test classpath>
 * vn.vtlt.warehouse.portal.AnalystPagesBenchmark HOME [AGENCY]} on a home made by {@code demo --home HOME}, or with
 * {@code --large WORK} to generate and import {@code bench}'s large set (200 agencies, 6,010,000 rows) into
 * {@code WORK/home-large} first (or reuse it when it is there).
 */
public final class AnalystPagesBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final int RUNS = 10;

    private AnalystPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home;
        String agency;
        if (args[0].equals("--large")) {
            Path work = Path.of(args[1]).toAbsolutePath();
            home = work.resolve("home-large");
            if (!Files.exists(home.resolve("analytics.duckdb"))) {
                BenchData.Written set = BenchData.write(new BenchData.Shape("large", 200, 5_000, 50, 500), work.resolve("data-large"));
                if (VtltWarehouse.execute("import", "--registry", set.registry().toString(), "--inbox", set.inbox().toString(),
                        "--home", home.toString(), TestCity.PERSON_KEY_OPTION) != 0) {
                    throw new IllegalStateException("the import of the large set failed; see " + home.resolve("logs"));
                }
            }
            agency = "B-1";
        } else {
            home = Path.of(args[0]).toAbsolutePath();
            agency = args.length > 1 ? args[1] : "QH-760";
        }
        Path scratch = Files.createTempDirectory("pages-bench");
        try (Portal portal = Portal.start(new TestCity(scratch).withHome(home))) {
            Matcher link = Pattern.compile("key=(\\S+)").matcher(portal.command("users", "add", "--login", "bench.analyst",
                    "--role", "OPERATOR", "--portal-url", portal.base));
            if (!link.find() || !new Accounts(PortalDatabase.open(home)).setPassword(link.group(1), PASSWORD)) {
                throw new IllegalStateException("cannot set the benchmark account's password");
            }
            HttpClient client = signIn(portal.base);
            List<String> pages = List.of("/analyst/review", "/analyst/completeness", "/analyst/completeness?dataset=dao-tao",
                    "/analyst/staffing", "/analyst/agencies/" + agency, "/operator",
                    "/analyst/completeness?table=by_district&download=xlsx");
            System.out.printf("%s (%s)%n", home, Files.size(home.resolve("analytics.duckdb")) / 1024 / 1024 + " MB analytics file");
            for (String page : pages) {
                long firstStarted = System.nanoTime();
                fetch(client, portal.base + page);
                long first = (System.nanoTime() - firstStarted) / 1_000_000;
                for (int i = 0; i < 2; i++) {
                    fetch(client, portal.base + page);
                }
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long started = System.nanoTime();
                    fetch(client, portal.base + page);
                    millis.add((System.nanoTime() - started) / 1_000_000);
                }
                Collections.sort(millis);
                System.out.printf("%-55s first %5d ms; then median %5d ms, min %5d ms, max %5d ms%n", page, first,
                        millis.get(RUNS / 2), millis.get(0), millis.get(RUNS - 1));
            }
            // the benchmark's account stays in the home's portal database, disabled: it can never sign in again
            portal.command("users", "disable", "bench.analyst");
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void fetch(HttpClient client, String url) throws Exception {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + answer.statusCode());
        }
    }

    private static HttpClient signIn(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bench.analyst&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!signedIn.uri().getPath().equals("/analyst")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.uri());
        }
        return client;
    }
}
