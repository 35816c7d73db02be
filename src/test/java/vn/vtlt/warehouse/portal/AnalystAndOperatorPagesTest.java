package vn.vtlt.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Browser;
import vn.vtlt.warehouse.support.DemoHome;
import vn.vtlt.warehouse.support.Portal;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The analysts' and operators' pages in a real headless Chromium against the real portal on the demo city (one
 * copy of the demo per test JVM, one portal and one browser for the class): the review's figures and their equality
 * with {@code report --format json}, completeness and the agencies that never sent anything, a table downloaded as
 * XLSX, an agency's clerk refused every page, an operator disabling an account and revoking a token. Screenshots
 * for the README go to {@code target/screenshots/}.
 */
class AnalystAndOperatorPagesTest {

    private static final String PASSWORD = "mật-khẩu-thử-123";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/set-password\\?key=\\S+)");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path root;
    static Path home;
    static Portal portal;
    static Browser browser;

    @BeforeAll
    static void startPortalOnTheDemoCity() {
        home = root.resolve("home");
        DemoHome.copyTo(home);
        TestCity city = new TestCity(root.resolve("city")).withHome(home);
        portal = Portal.start(city, "--vtlt.portal.published-figures=" + home.resolve("demo/reference-figures.csv"));
        browser = new Browser(portal.base, root.resolve("browser"));
        account("analyst", "ANALYST");
        account("operator", "OPERATOR");
        account("clerk.sotp", "AGENCY", "--agency", "SO-TP");
    }

    private static void account(String login, String role, String... more) {
        List<String> arguments = new ArrayList<>(List.of("users", "add", "--login", login, "--role", role, "--portal-url", portal.base));
        arguments.addAll(List.of(more));
        Matcher link = LINK.matcher(portal.command(arguments.toArray(String[]::new)));
        assertThat(link.find()).isTrue();
        browser.setPassword(link.group(1), PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().contains("/login?password-set"));
    }

    private static void signIn(String login) {
        browser.signIn(login, PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/analyst") || driver.getCurrentUrl().contains("/agencies/"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    @Test
    void anAnalystSeesTheStaffAndQualifiedShareOf2016And2013WithTheReportsCharts() {
        // given
        signIn("analyst");
        // when
        browser.open("/analyst/review?from=2014&to=2016&lang=vi");
        // then
        assertThat(browser.text("#figure-staff_after_total td")).isEqualTo("3.860");
        assertThat(browser.text("#figure-staff_after_qualified_pct td")).isEqualTo("55,88 %");
        assertThat(browser.text("#figure-staff_before_qualified_pct td")).isEqualTo("30,21 %");
        assertThat(browser.findAll("svg#chart-qualified, svg#chart-participations, svg#chart-funding")).hasSize(3);
        // the reconciliation with the published figures: every difference zero
        List<List<String>> comparison = cells("comparison");
        assertThat(comparison).hasSize(published().size() - 1)
                .allSatisfy(row -> assertThat(row.get(3)).isIn("0", "0,00 %"));
        browser.screenshot(SCREENSHOTS.resolve("review.png"));
    }

    @Test
    void everyNumberOnTheReviewPageEqualsTheSameFigureOfTheJsonReport() throws Exception {
        // given
        Path out = root.resolve("review.json");
        assertThat(VtltWarehouse.execute("report", "--from", "2014", "--to", "2016", "--format", "json", "--lang", "en",
                "--compare", home.resolve("demo/reference-figures.csv").toString(), "--out", out.toString(),
                "--home", home.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        signIn("analyst");
        // when
        browser.open("/analyst/review?from=2014&to=2016&lang=en");
        JsonNode page = new ObjectMapper().readTree((String) browser.driver.executeScript("""
                const figures = {};
                document.querySelectorAll('#figures tr').forEach(tr => figures[tr.id.substring(7)] = tr.querySelector('td').textContent.trim());
                const tables = {};
                document.querySelectorAll('table.table').forEach(t => { if (t.id !== 'figures') tables[t.id] =
                    [...t.querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())); });
                return JSON.stringify({figures, tables});"""));
        // then
        int numbers = 0;
        assertThat(page.get("figures").size()).isEqualTo(report.get("figures").size());
        for (Iterator<Map.Entry<String, JsonNode>> it = page.get("figures").fields(); it.hasNext(); numbers++) {
            Map.Entry<String, JsonNode> figure = it.next();
            assertThat(number(figure.getValue().asText())).as(figure.getKey())
                    .isEqualByComparingTo(report.at("/figures/" + figure.getKey() + "/value").decimalValue());
        }
        assertThat(page.get("tables").size()).isEqualTo(6);
        for (Iterator<Map.Entry<String, JsonNode>> it = page.get("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> table = it.next();
            JsonNode rows = report.get(table.getKey());
            assertThat(table.getValue().size()).as(table.getKey()).isEqualTo(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                List<JsonNode> expected = new ArrayList<>();
                rows.get(r).elements().forEachRemaining(expected::add);
                JsonNode shown = table.getValue().get(r);
                assertThat(shown.size()).isEqualTo(expected.size());
                for (int c = 0; c < expected.size(); c++) {
                    String where = table.getKey() + " row " + (r + 1) + " column " + (c + 1);
                    if (expected.get(c).isNumber()) {
                        assertThat(number(shown.get(c).asText())).as(where).isEqualByComparingTo(expected.get(c).decimalValue());
                        numbers++;
                    } else {
                        assertThat(shown.get(c).asText()).as(where).isEqualTo(expected.get(c).isNull() ? "" : expected.get(c).asText());
                    }
                }
            }
        }
        assertThat(numbers).isGreaterThan(50);
    }

    /** The texts of a table's body cells, read in one call (not one browser round trip per cell). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> cells(String table) {
        return (List<List<String>>) browser.driver.executeScript("""
                return [...document.querySelectorAll('#' + arguments[0] + ' tbody tr')]
                    .map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim()));""", table);
    }

    private static List<String> published() {
        try {
            return Files.readAllLines(home.resolve("demo/reference-figures.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A number as the English page writes it: 3,871,000,000 or 55.88 %. */
    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", "").replace(" %", ""));
    }

    @Test
    void theCompletenessPageListsTheSevenAgenciesThatNeverSentAnythingEachLinkingToItsPage() {
        // given
        signIn("analyst");
        // when
        browser.open("/analyst/completeness?year=2016&dataset=nhan-su&lang=vi");
        // then
        browser.screenshot(SCREENSHOTS.resolve("completeness.png"));
        assertThat(cells("city").get(0).subList(1, 5)).containsExactly("708", "701", "0", "7");
        // the reporting calendar's rates, the city first, then each district (v_reporting_rate)
        List<List<String>> rates = cells("reporting_rate");
        assertThat(rates.get(0)).containsExactly("Toàn Thành phố", "708", "701", "700", "1", "7", "99,01 %", "98,87 %");
        assertThat(rates.subList(1, rates.size())).isNotEmpty().allSatisfy(district -> assertThat(Integer.parseInt(district.get(1)))
                .isEqualTo(Integer.parseInt(district.get(2)) + Integer.parseInt(district.get(5))));
        List<String> links = browser.findAll("#never_sent tbody tr td:first-child a").stream()
                .map(a -> a.getText() + " " + a.getAttribute("href")).toList();
        assertThat(links).hasSize(7);
        for (String link : links) {
            String code = link.substring(0, link.indexOf(' '));
            browser.driver.get(link.substring(link.indexOf(' ') + 1));
            assertThat(browser.text("#agency-title")).startsWith(code + " - ");
            assertThat(browser.findAll("#submissions tbody tr")).isEmpty();
            assertThat(browser.findAll("#registry tbody tr")).hasSize(1);
        }
        // the city's "missing" number leads to the same seven agencies
        browser.open("/analyst/completeness?year=2016&dataset=nhan-su&lang=vi");
        browser.find("#city tbody tr td:nth-child(5) a").click();
        browser.until(driver -> driver.getCurrentUrl().contains("status=MISSING"));
        assertThat(browser.findAll("#agencies tbody tr td:first-child a")).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(links.stream().map(l -> l.substring(0, l.indexOf(' '))).toList());
    }

    @Test
    void aTableDownloadedAsXlsxOpensWithPoiWithNumbersAsNumbers() throws Exception {
        // given
        signIn("analyst");
        browser.open("/analyst/completeness?year=2016&dataset=nhan-su&lang=vi");
        // when
        browser.find("#download-by_district-xlsx").click();
        // then
        Path file = browser.downloads.resolve("by_district.xlsx");
        browser.until(driver -> Files.exists(file) && !Files.exists(browser.downloads.resolve("by_district.xlsx.crdownload")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Theo quận huyện");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Phải nộp");
            long owed = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                for (int c = 1; c <= 4; c++) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                }
                owed += (long) row.getCell(1).getNumericCellValue();
            }
            assertThat(owed).isEqualTo(708);
        }
    }

    @Test
    void theStaffingPageMarksTheDistrictsBelowTheCitysQualifiedShare() {
        // given
        signIn("analyst");
        // when
        browser.open("/analyst/staffing?lang=en");
        // then
        List<List<String>> rows = cells("staffing_by_district");
        assertThat(rows).hasSizeGreaterThan(24 * 4);
        int below = 0;
        for (List<String> cells : rows) {
            if (cells.get(4).isEmpty()) {
                continue;
            }
            boolean isBelow = number(cells.get(4)).compareTo(number(cells.get(5))) < 0;
            assertThat(cells.get(6)).as(String.join(" | ", cells)).isEqualTo(isBelow ? "Below the city" : "");
            below += isBelow ? 1 : 0;
        }
        assertThat(below).isPositive().isLessThan(rows.size());
    }

    @Test
    void anAgencysClerkGets403OnEveryAnalystAndOperatorPage() throws Exception {
        // given
        HttpClient clerk = signedInClient("clerk.sotp");
        // when
        List<String> pages = List.of("/analyst", "/analyst/review", "/analyst/review?from=2014&to=2016&table=staffing&download=csv",
                "/analyst/review/report?from=2014&to=2016&format=json", "/analyst/completeness",
                "/analyst/completeness?year=2016&dataset=nhan-su&table=by_district&download=xlsx",
                "/analyst/completeness/agencies?year=2016&dataset=nhan-su&status=MISSING", "/analyst/agencies/SO-TP",
                "/analyst/agencies/QH-760?table=figures&download=csv", "/analyst/staffing", "/operator",
                "/operator?table=runs&download=csv", "/operator/feedback/SO-TP/1");
        // then
        for (String page : pages) {
            HttpResponse<String> answer = clerk.send(HttpRequest.newBuilder(URI.create(portal.base + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(403);
            assertThat(answer.body()).as(page).doesNotContain("3.860", "Ủy ban nhân dân");
        }
        // the clerk's own page still answers: the session is a working one
        assertThat(clerk.send(HttpRequest.newBuilder(URI.create(portal.base + "/agencies/SO-TP")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    /** An HTTP client signed in through the sign-in form (with its CSRF token), keeping the session cookie. */
    private static HttpClient signedInClient(String login) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(portal.base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + login + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(portal.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).isEqualTo("/agencies/SO-TP");
        return client;
    }

    @Test
    void anOperatorSeesThePublishedRunAndTheLatestFeedbackOfEachAgency() {
        // given
        signIn("operator");
        // when
        browser.open("/operator?lang=vi");
        // then
        List<String> run = cells("runs").get(0);
        assertThat(run.get(3)).isEqualTo("COMPLETED");
        assertThat(run.get(5)).isEqualTo("2.856");
        assertThat(cells("latest_feedback")).hasSize(701);
        browser.screenshot(SCREENSHOTS.resolve("operator.png"));
        browser.find("#latest_feedback tbody tr td:nth-child(2) a").click();
        assertThat(browser.text("pre.feedback")).isNotBlank();
    }

    @Test
    void anOperatorDisablesAnAccountAndItCanNoLongerSignIn() {
        // given
        account("clerk.leaving", "AGENCY", "--agency", "SO-TP");
        signIn("operator");
        browser.open("/operator?lang=vi");
        // when
        browser.find("#disable-clerk\\.leaving").click();
        browser.until(driver -> driver.findElement(By.cssSelector("#account-clerk\\.leaving .state")).getText().equals("Đã khóa"));
        browser.signIn("clerk.leaving", PASSWORD);
        // then
        browser.until(driver -> driver.getCurrentUrl().contains("/login?error"));
        assertThat(new AuditLog(PortalDatabase.open(home)).entries())
                .anyMatch(e -> e.actor().equals("operator") && e.action().equals("ACCOUNT_DISABLED") && e.detail().equals("clerk.leaving"));
    }

    @Test
    void anOperatorRevokesATokenAndItIsRefusedFromThen() {
        // given
        String token = portal.token("SO-TP", "hr-system", false);
        assertThat(portal.get(token, "/api/v1/submissions?year=2016", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        signIn("operator");
        browser.open("/operator?lang=vi");
        // when
        browser.driver.findElement(By.xpath("//table[@id='token-list']//tr[td[2][text()='hr-system']]//button")).click();
        browser.until(driver -> driver.findElements(By.xpath("//table[@id='token-list']//tr[td[2][text()='hr-system']]//button")).isEmpty());
        // then
        assertThat(portal.get(token, "/api/v1/submissions?year=2016", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(new AuditLog(PortalDatabase.open(home)).entries())
                .anyMatch(e -> e.actor().equals("operator") && e.action().equals("TOKEN_REVOKED"));
    }
}
