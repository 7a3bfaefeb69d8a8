package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.bot.cli.CliRunner;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRegister;

/**
 * The agencies and contacts pages in a real browser (Debian's chromium, headless) against {@code run} on the 152
 * register, as a clerk would use them: log in with the bot's link, add and invite three contacts, print their cards
 * (a QR code read back is the contact's own link: sent to the bot, it links that contact), merge "Sở Kế hoạch và
 * Đầu tư" into "Sở Tài chính", and see with {@code tasks --json} that its tasks now name Sở Tài chính. Screenshots at
 * 1366×768 and on a phone (390×844) go to target/console-*.png.
 */
class AgenciesAndContactsBrowserTests {

    private static final String KHDT = "Sở Kế hoạch và Đầu tư";
    private static final String TAI_CHINH = "Sở Tài chính";

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
    void theOfficeInvitesThreeContactsPrintsTheirCardsAndMergesAnAgency() throws Exception {
        browser.get(console.loginLink(ConsoleApp.OFFICE));
        browser.findElement(By.id("log-in")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sổ nhiệm vụ"));

        browser.findElement(By.id("menu-contacts")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Liên hệ"));
        addContact("Trần Thị Bình", "cán bộ đầu mối", TAI_CHINH);
        addContact("Lê Văn Cường", "cán bộ đầu mối", KHDT);
        addContact("Phạm Thị Dung", "lãnh đạo cơ quan", "Sở Y tế");
        // Added twice by mistake: refused next to the name, nothing added.
        addContact("tran thi binh", "cán bộ đầu mối", TAI_CHINH);
        assertThat(browser.findElement(By.id("name-problem")).getText()).contains("Đã có liên hệ").contains("tran thi binh");
        assertThat(browser.findElement(By.id("cards-ready")).getText()).contains("3 thẻ mời");
        chrome.shots("console-contacts");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('section.group').scrollIntoView()");
        chrome.screenshot("console-contacts-list.png");

        browser.findElement(By.id("print-cards")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thẻ mời"));
        List<WebElement> cards = browser.findElements(By.cssSelector("article.card"));
        assertThat(cards).extracting(c -> c.findElement(By.cssSelector(".card-name")).getText())
                .containsExactly("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung");
        WebElement dung = cards.get(2);
        String shownLink = dung.findElement(By.cssSelector(".card-link")).getText();
        String read = ConsoleBrowser.decodeQr(dung.findElement(By.cssSelector("img.qr")).getAttribute("src"));
        assertThat(read).isEqualTo(shownLink).startsWith("https://t.me/" + FakeBotApi.BOT_NAME + "?start=");
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('img.qr').naturalWidth")).intValue()).isPositive();
        chrome.shots("console-invite-cards");
        // On paper: the cards only, without the menu bar and the buttons.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.bar")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("print")).isDisplayed()).isFalse();
        chrome.screenshot("console-invite-cards-print.png");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        // The QR code is this contact's own invite: sent to the bot from a phone, it links Phạm Thị Dung.
        long phone = 7001;
        console.telegram.userSays(phone, "/start " + read.substring(read.indexOf("start=") + "start=".length()));
        console.telegram.awaitMessageContaining(phone, "Đã liên kết chat này với Phạm Thị Dung");
        assertThat(console.app.getBean(ContactRegister.class).byChat(phone).orElseThrow().agency()).isEqualTo("Sở Y tế");

        Set<Long> khdtTasks = tasksLedBy(KHDT);
        assertThat(khdtTasks).hasSizeGreaterThan(5);
        browser.findElement(By.id("menu-agencies")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Cơ quan"));
        assertThat(browser.findElement(By.id("nobody")).getText()).contains("Không có ai để nhắc");
        chrome.shots("console-agencies");
        // The clerk finds the department written without diacritics, then merges it from the form at the top.
        browser.findElement(By.id("agency-search")).sendKeys("ke hoach");
        browser.findElement(By.id("agency-search-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agency-search-result")));
        assertThat(browser.findElements(By.cssSelector(".agency-name"))).extracting(WebElement::getText).contains(KHDT)
                .doesNotContain(TAI_CHINH);
        chrome.shots("console-agency-search");
        WebElement khdt = agencyRow(KHDT);
        khdt.findElement(By.tagName("summary")).click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", khdt);
        chrome.shots("console-agency-change");
        new Select(browser.findElement(By.id("merge-from"))).selectByVisibleText(KHDT);
        new Select(browser.findElement(By.id("merge-into"))).selectByVisibleText(TAI_CHINH);
        browser.findElement(By.id("merge-next")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Gộp cơ quan"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Không thể hoàn tác")
                .contains(khdtTasks.size() + " nhiệm vụ chuyển sang " + TAI_CHINH)
                .contains("1 liên hệ chuyển sang " + TAI_CHINH);
        chrome.shots("console-agency-merge");
        browser.findElement(By.id("merge-confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).startsWith("Đã gộp " + KHDT + " vào " + TAI_CHINH);
        assertThat(browser.findElements(By.cssSelector(".agency-name"))).extracting(WebElement::getText).doesNotContain(KHDT);
        assertThat(agencyRow(TAI_CHINH).getText()).contains(KHDT);

        assertThat(tasksLedBy(KHDT)).isEmpty();
        assertThat(tasksLedBy(TAI_CHINH)).containsAll(khdtTasks);
        // The task's history says who merged it, from the web, as the bot shows it.
        console.telegram.userSays(ConsoleApp.OFFICE, "/xem " + khdtTasks.iterator().next());
        assertThat(console.telegram.awaitMessageContaining(ConsoleApp.OFFICE, "gộp " + KHDT + " vào " + TAI_CHINH).text())
                .contains("Văn phòng UBND tỉnh — web");
    }

    private void addContact(String name, String role, String agency) {
        WebElement field = browser.findElement(By.id("contact-name"));
        field.clear();
        field.sendKeys(name);
        new Select(browser.findElement(By.id("contact-role"))).selectByVisibleText(role);
        new Select(browser.findElement(By.id("contact-agency"))).selectByVisibleText(agency);
        WebElement button = browser.findElement(By.id("add-contact-button"));
        button.click();
        wait.until(ConsoleBrowser.gone(button));
        if (browser.findElements(By.id("name-problem")).isEmpty()) {
            assertThat(browser.findElement(By.id("done")).getText()).contains("Đã thêm " + name)
                    .contains("https://t.me/" + FakeBotApi.BOT_NAME + "?start=");
        }
    }

    private WebElement agencyRow(String name) {
        return browser.findElements(By.cssSelector("table.agencies tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".agency-name")).getText().equals(name))
                .findFirst().orElseThrow();
    }

    /** The tasks whose lead agencies {@code tasks --json} names include {@code agency}: what the office's CLI shows. */
    private Set<Long> tasksLedBy(String agency) throws Exception {
        CliRunner.Result result = new CliRunner(dir.resolve("dondoc.db")).run("tasks", "--json");
        assertThat(result.status()).as(result.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        Set<Long> tasks = new LinkedHashSet<>();
        for (String line : result.lines()) {
            JsonNode milestone = json.readTree(line);
            List<String> lead = new ArrayList<>();
            milestone.get("lead").forEach(n -> lead.add(n.asText()));
            if (lead.contains(agency)) {
                tasks.add(milestone.get("task").asLong());
            }
        }
        return tasks;
    }
}
