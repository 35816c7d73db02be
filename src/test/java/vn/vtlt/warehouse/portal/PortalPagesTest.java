package vn.vtlt.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Browser;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Portal;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The clerks' pages in a real headless Chromium against the real portal on 127.0.0.1: signing in with a password
 * set through the one-time link, the checklist, uploading, the dry-run table, the template, a district acting for
 * its ward, another agency refused, values from files shown as text; then the real import and the page showing
 * the upload accepted. Screenshots for the README go to {@code target/screenshots/}.
 */
class PortalPagesTest {

    private static final String PASSWORD = "mật-khẩu-thử-123";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/set-password\\?key=\\S+)");
    /** The sources' size limit in this test: far above its files, low enough to exceed cheaply. */
    private static final int SIZE_LIMIT = 2_000_000;
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String URL_SOURCE = "http://127.0.0.1:9/h-2/";

    /** The roster the import received from SO-YT's folder before the portal started. */
    private static final byte[] RECEIVED = Rosters.rosterCsv("SO-YT", 1, 2015, 3, 1).bytes(LegacyEncodings.UTF8);

    @TempDir
    static Path root;
    static TestCity city;
    static Portal portal;
    static Browser browser;

    @BeforeAll
    static void startPortalAndBrowser() {
        city = new TestCity(root.resolve("city"))
                .agency("P-1,Phường 1 (Quận 8),PHUONG_XA,Quận 8,Q-774,2000-01-01,,")
                .agency("P-2,Phường 2 (Quận 8),PHUONG_XA,Quận 8,Q-774,2000-01-01,,")
                .agency("H-2,Đơn vị H-2,DON_VI_SU_NGHIEP,Quận 8,,2000-01-01,," + URL_SOURCE);
        city.put("SO-YT", "SO-YT_nhan-su_2015.csv", RECEIVED);
        assertThat(city.runImport()).isZero();
        // the portal's day, for the deadlines of its checklist
        portal = Portal.start(city, "--vtlt.calendar.today=2017-01-05", "--vtlt.http.max-file-bytes=" + SIZE_LIMIT);
        browser = new Browser(portal.base, root.resolve("browser"));
        account("clerk.yte", "SO-YT", false);
        account("clerk.q8", "Q-774", true);
        account("clerk.q1", "Q-760", false);
        account("clerk.h2", "H-2", false);
    }

    private static void account(String login, String agency, boolean withChildren) {
        String printed = withChildren
                ? portal.command("users", "add", "--login", login, "--role", "AGENCY", "--agency", agency, "--with-children", "--portal-url", portal.base)
                : portal.command("users", "add", "--login", login, "--role", "AGENCY", "--agency", agency, "--portal-url", portal.base);
        Matcher link = LINK.matcher(printed);
        assertThat(link.find()).as(printed).isTrue();
        browser.setPassword(link.group(1), PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().contains("/login?password-set"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(Files.createDirectories(root.resolve("files")).resolve(name), content);
    }

    private void upload(String agency, String dataset, int year, Path file) {
        browser.open("/agencies/" + agency + "/upload");
        new Select(browser.find("#dataset")).selectByValue(dataset);
        WebElement yearInput = browser.find("#year");
        yearInput.clear();
        yearInput.sendKeys(Integer.toString(year));
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload").click();
        browser.until(driver -> driver.findElements(By.id("decision")).size() == 1);
    }

    @Test
    void aClerkSeesTheFaultyLineAndColumnThenACleanDryRunAndTheImportAcceptsIt() throws Exception {
        // given
        Path faulty = file("roster.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1)
                .row("SO-YT", "2016", "12345", "Tên Sai", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học")
                .bytes(LegacyEncodings.UTF8));
        Path corrected = file("roster-corrected.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 1).bytes(LegacyEncodings.UTF8));
        browser.signIn("clerk.yte", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
        browser.open("/agencies/SO-YT?year=2016");
        assertThat(browser.text("#task-nhan-su .tag")).isEqualTo("Chưa nộp");
        assertThat(browser.text("#deadline-nhan-su")).isEqualTo("Hạn nộp 15/01/2017: còn 10 ngày");
        // when
        upload("SO-YT", "nhan-su", 2016, faulty);
        // then
        assertThat(browser.text("#decision")).contains("từ chối");
        WebElement row = browser.find("#problems tbody tr");
        assertThat(row.findElement(By.className("where")).getText()).isEqualTo("5");
        assertThat(row.findElement(By.className("column")).getText()).isEqualTo("Số định danh (person_id)");
        assertThat(browser.driver.getPageSource()).doesNotContain("12345").doesNotContain("Tên Sai");
        browser.screenshot(SCREENSHOTS.resolve("dry-run.png"));
        // when
        upload("SO-YT", "nhan-su", 2016, corrected);
        // then
        assertThat(browser.text("#decision")).contains("chấp nhận");
        assertThat(browser.findAll("#clean")).hasSize(1);
        browser.open("/agencies/SO-YT?year=2016");
        assertThat(browser.text("#task-nhan-su .tag")).isEqualTo("Đã nhận, chờ xử lý đêm nay");
        // when the nightly import runs
        assertThat(city.runImport()).isZero();
        browser.open("/agencies/SO-YT?year=2016");
        // then
        assertThat(browser.text("#task-nhan-su .tag")).isEqualTo("Đã chấp nhận");
        assertThat(browser.text("#deadline-nhan-su")).isEqualTo("Hạn nộp 15/01/2017");
        assertThat(browser.findAll("#uploads .import-status")).extracting(WebElement::getText)
                .containsExactly("Đã chấp nhận", "Bị từ chối");
        browser.screenshot(SCREENSHOTS.resolve("checklist.png"));
        assertThat(browser.phoneScreenshot(SCREENSHOTS.resolve("checklist-phone.png"))).as("sideways scrolling on a phone").isZero();
        browser.open("/agencies/SO-YT?year=2016&lang=en");
        assertThat(browser.text("#task-nhan-su .tag")).isEqualTo("Accepted");
        browser.open("/agencies/SO-YT?year=2016&lang=vi");
    }

    @Test
    void aClerkDownloadsTheTemplatePreFilledForTheAgency() throws Exception {
        // given
        browser.signIn("clerk.yte", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
        browser.open("/agencies/SO-YT?year=2016");
        // when
        browser.find("#template-nhan-su").click();
        // then
        Path template = browser.downloads.resolve("SO-YT_nhan-su_2016.xlsx");
        browser.until(driver -> Files.exists(template) && !Files.exists(browser.downloads.resolve("SO-YT_nhan-su_2016.xlsx.crdownload")));
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("nhan-su").getRow(2).getCell(0).getStringCellValue()).isEqualTo("SO-YT");
        }
    }

    @Test
    void aDistrictClerkSubmitsForOneOfItsWards() throws Exception {
        // given
        browser.signIn("clerk.q8", PASSWORD);
        browser.until(driver -> driver.findElements(By.cssSelector(".list a")).size() == 3);
        browser.driver.findElement(By.linkText("P-1 - Phường 1 (Quận 8)")).click();
        // when
        upload("P-1", "nhan-su", 2016, file("P-1.csv", Rosters.rosterCsv("P-1", 31, 2016, 2, 1).bytes(LegacyEncodings.UTF8)));
        // then
        assertThat(browser.text("#decision")).contains("chấp nhận");
        assertThat(Files.exists(city.inbox.resolve("P-1/P-1_nhan-su_2016.csv"))).isTrue();
    }

    @Test
    void aClerkOfAnotherAgencyIsRefusedThatAgencysPages() {
        // given
        browser.signIn("clerk.q1", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/Q-760"));
        // when
        browser.open("/agencies/SO-YT");
        // then
        assertThat(browser.text("#error-message")).contains("không được xem");
        browser.open("/agencies/SO-YT/templates/nhan-su/2016");
        assertThat(browser.text("#error-message")).contains("không được xem");
    }

    @Test
    void repeatedFailedSignInsLockTheAccountUntilAnOperatorResetsIt() {
        // given
        account("clerk.locked", "SO-YT", false);
        // when
        for (int i = 0; i < Accounts.MAX_FAILED_SIGN_INS; i++) {
            browser.signIn("clerk.locked", "wrong-password-" + i);
            browser.until(driver -> driver.getCurrentUrl().contains("/login?error"));
        }
        browser.signIn("clerk.locked", PASSWORD);
        // then
        browser.until(driver -> driver.getCurrentUrl().contains("/login?error"));
        assertThat(new AuditLog(PortalDatabase.open(city.home)).entries()).extracting(AuditLog.Entry::action)
                .contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED");
        // when
        Matcher link = LINK.matcher(portal.command("users", "reset", "clerk.locked", "--portal-url", portal.base));
        assertThat(link.find()).isTrue();
        browser.setPassword(link.group(1), PASSWORD + "-new");
        browser.until(driver -> driver.getCurrentUrl().contains("/login?password-set"));
        browser.signIn("clerk.locked", PASSWORD + "-new");
        // then
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
    }

    @Test
    void aDisabledAccountCanNoLongerSignIn() {
        // given
        account("clerk.leaving", "SO-YT", false);
        // when
        portal.command("users", "disable", "clerk.leaving");
        browser.signIn("clerk.leaving", PASSWORD);
        // then
        browser.until(driver -> driver.getCurrentUrl().contains("/login?error"));
        assertThat(new AuditLog(PortalDatabase.open(city.home)).entries()).extracting(AuditLog.Entry::action)
                .contains("ACCOUNT_DISABLED");
    }

    @Test
    void aScriptInAFileIsShownAsText() throws Exception {
        // given
        String script = "<script>alert(1)</script>";
        Path training = file("training.csv", Csv.of(Csv.TRAINING_HEADINGS)
                .row("SO-YT", "L1", script, script, "", "", "", "01/03/2016", "01/03/2016", "1", "10", "0", "0", "0", "0", "")
                .text().getBytes(StandardCharsets.UTF_8));
        browser.signIn("clerk.yte", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
        // when
        upload("SO-YT", "dao-tao", 2016, training);
        // then
        assertThat(browser.findAll("#problems .value")).extracting(WebElement::getText).contains(script);
        assertThat(browser.driver.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aClerkUploadsAWorkbookOfSeveralDatasetsAndSeesTheDryRunOfEachSheet() throws Exception {
        // given
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> roster = new ArrayList<>(List.of(Csv.ROSTER_HEADINGS));
        roster.addAll(Rosters.roster("SO-YT", 1, 2014, 2, 1));
        sheets.put("nhan-su", roster);
        sheets.put("dao-tao", List.of(Csv.TRAINING_HEADINGS, List.of("SO-YT", "L1", "Lớp", "Tập huấn", "", "", "",
                "05/03/2014", "01/03/2014", "1", "10", "0", "0", "0", "0", "")));
        browser.signIn("clerk.yte", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
        // when
        upload("SO-YT", "workbook", 2014, file("bao-cao-2014.xlsx", Portal.workbook(sheets)));
        // then
        assertThat(browser.text("#sheet-nhan-su .decision")).contains("chấp nhận");
        assertThat(browser.text("#sheet-dao-tao .decision")).contains("từ chối");
        assertThat(browser.findAll("#sheet-dao-tao .problems .column")).extracting(WebElement::getText)
                .contains("Ngày kết thúc (end_date)");
        assertThat(Files.exists(city.inbox.resolve("SO-YT/SO-YT_2014.xlsx"))).isTrue();
        browser.open("/agencies/SO-YT?year=2014");
        assertThat(browser.findAll("#uploads a")).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("SO-YT_2014.xlsx [nhan-su]", "SO-YT_2014.xlsx [dao-tao]");
    }

    @Test
    void aClerkUploadingAFileAlreadyReceivedIsToldItIsADuplicateAndNothingIsWrittenAgain() throws Exception {
        // given
        browser.signIn("clerk.yte", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/SO-YT"));
        long filesBefore;
        try (var files = Files.list(city.inbox.resolve("SO-YT"))) {
            filesBefore = files.count();
        }
        // when
        upload("SO-YT", "nhan-su", 2015, file("nhan-su-2015.csv", RECEIVED));
        // then
        assertThat(browser.text("#decision")).contains("SO-YT_nhan-su_2015.csv").contains("không nhận lại");
        try (var files = Files.list(city.inbox.resolve("SO-YT"))) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
        browser.open("/agencies/SO-YT?year=2015");
        assertThat(browser.findAll("#uploads .import-status")).extracting(WebElement::getText)
                .containsExactly("Trùng tệp đã nhận, không xử lý lại");
    }

    @Test
    void aClerkOfAnAgencyWhoseFilesArePulledFromAUrlIsToldWhereInsteadOfAnUploadForm() {
        // given
        browser.signIn("clerk.h2", PASSWORD);
        browser.until(driver -> driver.getCurrentUrl().endsWith("/agencies/H-2"));
        // when
        browser.open("/agencies/H-2/upload");
        // then
        assertThat(browser.text("#no-folder")).contains(URL_SOURCE);
        assertThat(browser.findAll("#file")).isEmpty();
    }

    @Test
    void aClerkUploadingAFileOverTheSizeLimitGetsTheFormBackSayingSoAndNothingIsKept() throws Exception {
        // given
        browser.signIn("clerk.q8", PASSWORD);
        browser.until(driver -> driver.findElements(By.cssSelector(".list a")).size() == 3);
        Path tooLarge = file("too-large.csv", new byte[SIZE_LIMIT + 1]);
        // when
        browser.open("/agencies/P-2/upload");
        browser.find("#file").sendKeys(tooLarge.toAbsolutePath().toString());
        browser.find("#upload").click();
        // then
        browser.until(driver -> driver.findElements(By.className("error-summary")).size() == 1);
        assertThat(browser.text(".error-summary")).contains("vượt quá dung lượng cho phép (2 MB)");
        assertThat(browser.findAll("#file")).hasSize(1);
        assertThat(city.inbox.resolve("P-2")).doesNotExist();
    }
}
