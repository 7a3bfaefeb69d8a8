package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium driven through its chromedriver (installed with apt-get when
 * missing; the test fails if they cannot be), headless, against the running application. The office logs in with the
 * link the fake Bot API recorded, sees the register and filters it by an agency written loosely. Screenshots of the
 * page at 1366×768 and on a phone go to target/console-*.png.
 */
class ConsoleBrowserTests {

    @TempDir
    Path dir;
    ConsoleApp console;
    ConsoleBrowser chrome;
    WebDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        console = new ConsoleApp(dir);
        chrome = new ConsoleBrowser(dir);
        browser = chrome.driver;
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (chrome != null) {
                chrome.close();
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
        chrome.screenshot("console-register.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        chrome.screenshot("console-register-phone.png");
    }
}
