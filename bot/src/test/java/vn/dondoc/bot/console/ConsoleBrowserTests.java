package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.scheduler.testing.DebianPackages;

/**
 * The console in a real browser: Debian's chromium driven through its chromedriver (installed with apt-get when
 * missing; the test fails if they cannot be), headless, against the running application. The office logs in with the
 * link the fake Bot API recorded, sees the register and filters it by an agency written loosely. Screenshots of the
 * page at 1366×768 and on a phone go to target/console-*.png.
 */
class ConsoleBrowserTests {

    static final Path SCREENSHOTS = Path.of("target");

    @TempDir
    Path dir;
    ConsoleApp console;
    WebDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        Path chromium = DebianPackages.command("chromium", "chromium");
        Path chromedriver = DebianPackages.command("chromedriver", "chromium-driver");
        console = new ConsoleApp(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // As the machine notes say: as root without a sandbox, and nothing that reaches for Google's hosts.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (console != null) {
                console.close();
            }
        }
    }

    @Test
    void theOfficeLogsInWithTheBotsLinkAndFiltersTheRegisterByAnAgency() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String link = console.loginLink(ConsoleApp.OFFICE);

        browser.get(link);
        browser.findElement(By.id("log-in")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sổ nhiệm vụ"));
        String all = browser.findElement(By.id("summary")).getText();
        int everyTask = browser.findElements(By.cssSelector("table.register tbody tr")).size();
        assertThat(all).startsWith(everyTask + " trên " + everyTask + " nhiệm vụ");
        assertThat(browser.findElement(By.cssSelector(".bar .who")).getText()).isEqualTo("Văn phòng UBND tỉnh");

        WebElement agency = browser.findElement(By.id("agency"));
        agency.clear();
        agency.sendKeys("so y te");
        browser.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Sở Y tế"));

        int ofYTe = browser.findElements(By.cssSelector("table.register tbody tr")).size();
        assertThat(ofYTe).isPositive().isLessThan(everyTask);
        assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo(ofYTe + " trên " + ofYTe + " nhiệm vụ của Sở Y tế.");
        assertThat(browser.findElement(By.id("agency")).getAttribute("value")).isEqualTo("so y te");
        // Fits the office screen: no sideways scrolling at 1366 pixels.
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1366);
        screenshot("console-register.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot("console-register-phone.png");
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
