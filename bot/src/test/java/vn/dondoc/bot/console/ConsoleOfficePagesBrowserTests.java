package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.bot.telegram.FakeBotApi;

/**
 * The extensions, holidays, digest and delivery-log pages in a real browser (Debian's chromium, headless) on the
 * running application: a leader approves the clerk's extension request, the office adds and removes a day off,
 * previews this week's digest and sends it, and finds the sending in the log. Screenshots of each page at 1366×768
 * and on a phone (390×844) go to target/console-*.png.
 */
class ConsoleOfficePagesBrowserTests {

    @TempDir
    Path dir;
    ConsoleApp console;
    ConsoleBrowser chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void setUp() throws Exception {
        console = new ConsoleApp(dir);
        chrome = new ConsoleBrowser(dir);
        browser = chrome.driver;
        wait = chrome.wait;
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
    void aLeaderDecidesAnExtensionAndTheOfficeKeepsHolidaysSendsTheDigestAndReadsTheLog() throws Exception {
        AskedExtension asked = AskedExtension.byTheClerk(console);

        logIn(ConsoleApp.LEADER);
        browser.findElement(By.id("menu-extensions")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-" + asked.id())));
        assertThat(browser.findElement(By.id("request-" + asked.id())).getText())
                .contains("Nguyễn Văn An (Sở Y tế)", "30/06/2024", "chờ ý kiến Bộ Y tế");
        chrome.shots("console-extensions");
        browser.findElement(By.id("reason-" + asked.id())).sendKeys("đồng ý, chờ ý kiến Bộ Y tế");
        browser.findElement(By.id("approve-" + asked.id())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("có hạn mới 30/06/2024", "Nguyễn Văn An");
        assertThat(browser.findElement(By.id("decided-" + asked.id())).getText()).contains("đã duyệt", "Trần Thị Lãnh Đạo");
        FakeBotApi.Call told = console.telegram.awaitMessageContaining(ConsoleApp.STAFF, "Đề nghị gia hạn #" + asked.id() + " được đồng ý");
        assertThat(told.text()).contains("đồng ý, chờ ý kiến Bộ Y tế");
        chrome.shots("console-extensions-decided");
        browser.findElement(By.id("log-out")).click();

        // Monday's scheduled digest went out when run started (09:00, after 07:30): the office works a week later,
        // on Monday 01/04/2024, before the schedule's next run, so "send now" is what sends this week's. That start-up
        // pass holds the digest lock until it is done; on a loaded machine it can outlast the steps below, and "send
        // now" would rightly answer that another pass is running. So wait until both readers have it.
        console.telegram.awaitMessageContaining(ConsoleApp.LEADER, "Tình hình thực hiện nhiệm vụ — tuần 25/03/2024");
        console.telegram.awaitMessageContaining(ConsoleApp.OFFICE, "Tình hình thực hiện nhiệm vụ — tuần 25/03/2024");
        awaitNoDigestPass();
        console.later(Duration.ofDays(7));
        logIn(ConsoleApp.OFFICE);
        browser.findElement(By.id("menu-holidays")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("day-2024-09-02")));
        assertThat(browser.findElement(By.id("day-2024-09-02")).getText()).contains("Quốc khánh");
        assertThat(browser.findElements(By.id("remove-2024-09-02"))).isEmpty();
        browser.findElement(By.id("new-date")).sendKeys("07/10/2024");
        browser.findElement(By.id("new-name")).sendKeys("Kỷ niệm ngày thành lập tỉnh");
        browser.findElement(By.id("add")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("day-2024-10-07")).getText()).contains("Kỷ niệm ngày thành lập tỉnh", "Văn phòng thêm");
        chrome.shots("console-holidays");
        browser.findElement(By.id("remove-2024-10-07")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-remove")));
        assertThat(browser.findElement(By.id("confirm")).getText()).contains("07/10/2024", "Kỷ niệm ngày thành lập tỉnh");
        chrome.shots("console-holidays-confirm");
        browser.findElement(By.id("confirm-remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Đã xóa ngày 07/10/2024"));
        assertThat(browser.findElements(By.id("day-2024-10-07"))).isEmpty();

        browser.findElement(By.id("menu-digest")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("digest-text")));
        assertThat(browser.findElement(By.id("digest-text")).getText()).contains("Tình hình thực hiện nhiệm vụ — tuần 01/04/2024");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById('digest-chart').naturalWidth")).intValue() > 0);
        assertThat(browser.findElement(By.id("sent-this-week")).getText()).isEqualTo("Bản tin tuần này chưa gửi cho ai.");
        chrome.shots("console-digest");
        browser.findElement(By.id("send-now")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-send")));
        long photosBefore = photos(ConsoleApp.LEADER);
        browser.findElement(By.id("confirm-send")).click();
        // Sending is done in the request (chart, workbook, two readers at 1 message a second each): on a loaded
        // machine that takes longer than a page usually does.
        new WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("done")),
                ExpectedConditions.presenceOfElementLocated(By.id("problem"))));
        assertThat(browser.findElements(By.id("problem"))).as("the page's problem sentence")
                .extracting(WebElement::getText).isEmpty();
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo(
                "Đã gửi bản tin cho 2 người; 0 người đã nhận trong tuần này nên không gửi lại.");
        assertThat(browser.findElement(By.id("sent-this-week")).getText()).startsWith("Bản tin tuần này đã gửi cho 2 người");
        assertThat(photos(ConsoleApp.LEADER))
                .isEqualTo(photosBefore + 1);
        assertThat(console.telegram.sentTo(ConsoleApp.LEADER)).anyMatch(c -> c.text() != null
                && c.text().contains("Tình hình thực hiện nhiệm vụ — tuần 01/04/2024"));

        browser.findElement(By.id("menu-deliveries")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log")));
        assertThat(browser.findElement(By.id("log")).getText()).contains("Bản tin tuần 01/04/2024", "Bản tin tuần 25/03/2024", "Trần Thị Lãnh Đạo", "đã gửi");
        chrome.shots("console-log");
        browser.findElement(By.cssSelector("#outcome option[value=BLOCKED]")).click();
        browser.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("empty")));
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("0 dòng");
    }

    /** Until the digest pass's lock is free (the start-up pass sends the chart and workbook after its text). */
    private void awaitNoDigestPass() throws InterruptedException {
        vn.dondoc.scheduler.register.RegisterDatabase db = console.app.getBean(vn.dondoc.scheduler.register.RegisterDatabase.class);
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            try (var free = db.hold("digest", vn.dondoc.scheduler.digest.DigestError.BUSY)) {
                return;
            } catch (vn.dondoc.scheduler.register.RegisterBusyException e) {
                assertThat(System.nanoTime()).as("the start-up digest pass ends within a minute").isLessThan(until);
                Thread.sleep(100);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long photos(long chat) {
        return console.telegram.answeredTo(chat).stream().filter(c -> "sendphoto".equals(c.method())).count();
    }

    private void logIn(long chat) {
        chrome.logIn(console, chat);
    }
}
