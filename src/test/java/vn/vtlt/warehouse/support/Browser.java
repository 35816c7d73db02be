package vn.vtlt.warehouse.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver; nothing downloaded) driving the portal, with a
 * fresh profile and a download folder of its own.
 */
public final class Browser implements AutoCloseable {

    public final ChromeDriver driver;
    public final Path downloads;
    private final String base;

    public Browser(String base, Path folder) {
        this.base = base;
        try {
            this.downloads = Files.createDirectories(folder.resolve("downloads"));
            Path profile = Files.createDirectories(folder.resolve("profile"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            this.driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1100, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void signIn(String login, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(login);
        find("#password").sendKeys(password);
        find("#sign-in").click();
    }

    /** Follows a one-time link printed by {@code users add} and sets the password. */
    public void setPassword(String link, String password) {
        driver.manage().deleteAllCookies();
        driver.get(link);
        find("#password").sendKeys(password);
        find("#confirmation").sendKeys(password);
        find("#set-password").click();
    }

    /** Waits for a state of the page or of the downloads folder (never for a length of time). */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
    }

    /**
     * A screenshot of the page as a phone shows it (390 pixels wide), then the usual window again; returns how much
     * wider than the window the page was (0: no sideways scrolling).
     */
    public long phoneScreenshot(Path file) {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot(file);
            return (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
        } finally {
            driver.manage().window().setSize(new Dimension(1100, 900));
        }
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
