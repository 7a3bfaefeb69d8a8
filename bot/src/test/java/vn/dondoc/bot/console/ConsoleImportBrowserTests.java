package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.bot.cli.CliRunner;

/**
 * A new office, in a real browser (Debian's chromium, headless) against {@code run} on an EMPTY register: logs in with
 * the link the fake Bot API recorded, imports the real 152/QĐ-UBND appendix on the import page (preview, then
 * confirm), corrects a task's deadline on its page (an unreadable phrase first, then a preview, then save), cancels a
 * task with a reason — and every change is checked with {@code tasks --json}, the command line, not the database.
 * Screenshots at 1366×768 and on a phone (390×844) go to target/console-*.png.
 */
class ConsoleImportBrowserTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ConsoleApp console;
    ConsoleBrowser chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void setUp() throws Exception {
        console = ConsoleApp.empty(dir);
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
    void fromAnEmptyRegisterTheOfficeImportsTheRealAppendixCorrectsADeadlineAndCancelsATask() throws Exception {
        browser.get(console.loginLink(ConsoleApp.OFFICE));
        browser.findElement(By.id("log-in")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sổ nhiệm vụ"));
        assertThat(tasksJson()).isEmpty();

        // Import: the file, the document, the preview; nothing written until confirmed.
        browser.findElement(By.id("menu-import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-problem")));
        assertThat(browser.findElement(By.id("file-problem")).getText()).isEqualTo("Hãy chọn tệp danh mục nhiệm vụ.");
        browser.findElement(By.id("file")).sendKeys(REAL.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("number")).sendKeys("152/QĐ-UBND");
        browser.findElement(By.id("issued")).sendKeys("18/01/2024");
        chrome.shots("console-import");
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
        assertThat(browser.findElement(By.id("preview-heading")).getText())
                .isEqualTo("Nhập 152/QĐ-UBND (ban hành 18/01/2024) từ tệp 152-QD-UBND-2024-phu-luc-01.tsv");
        assertThat(browser.findElement(By.id("count-created")).getText()).isEqualTo("178 nhiệm vụ mới");
        assertThat(browser.findElement(By.id("count-unchanged")).getText()).isEqualTo("0 không đổi");
        assertThat(browser.findElements(By.cssSelector("#new-agencies li"))).hasSizeGreaterThan(10);
        assertThat(tasksJson()).isEmpty();
        chrome.shots("console-import-preview");

        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        assertThat(browser.findElement(By.id("imported")).getText())
                .startsWith("Đã nhập 152/QĐ-UBND (ban hành 18/01/2024): 178 nhiệm vụ mới, 0 thay đổi, 0 không đổi.");
        List<JsonNode> imported = tasksJson();
        assertThat(imported.stream().map(l -> l.get("task").asLong()).distinct().count()).isEqualTo(178);
        chrome.shots("console-import-done");

        // The register links each task to its page.
        browser.findElement(By.id("menu-register")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sổ nhiệm vụ"));
        browser.findElement(By.cssSelector("table.register tbody tr:first-child td.title a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-form")));
        long task = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/nhiemvu/", ""));
        String before = one(imported, task).get("deadline_text").asText();

        // An unreadable phrase: a sentence next to the field, nothing written.
        WebElement deadline = browser.findElement(By.id("edit-deadline"));
        deadline.clear();
        deadline.sendKeys("Tháng 13");
        browser.findElement(By.id("edit-preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline-problem")));
        assertThat(browser.findElement(By.id("deadline-problem")).getText()).startsWith("Chưa đọc được thời hạn «Tháng 13»:");
        assertThat(one(tasksJson(), task).get("deadline_text").asText()).isEqualTo(before);

        deadline = browser.findElement(By.id("edit-deadline"));
        deadline.clear();
        deadline.sendKeys("Quý IV");
        browser.findElement(By.id("edit-preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-after")));
        assertThat(browser.findElement(By.id("preview-after")).getText()).isEqualTo("Các mốc mới: 31/12/2024");
        assertThat(browser.findElement(By.id("preview-after")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/sua#edit");
        assertThat(one(tasksJson(), task).get("deadline_text").asText()).isEqualTo(before);
        chrome.shots("console-task-preview");
        browser.findElement(By.id("edit-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        JsonNode corrected = one(tasksJson(), task);
        assertThat(corrected.get("deadline_text").asText()).isEqualTo("Quý IV");
        assertThat(corrected.get("due").asText()).isEqualTo("2024-12-31");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Văn phòng UBND tỉnh — web").contains("«Quý IV»");

        // Cancel another task with a reason.
        long other = imported.stream().map(l -> l.get("task").asLong()).filter(id -> id != task).findFirst().orElseThrow();
        browser.get("http://localhost:" + console.port() + "/nhiemvu/" + other);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-reason")));
        browser.findElement(By.id("cancel-reason")).sendKeys("Bãi bỏ theo Quyết định 45/QĐ-UBND");
        browser.findElement(By.id("cancel-task")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(one(tasksJson(), other).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(one(tasksJson(), task).get("status").asText()).isNotEqualTo("CANCELLED");
        assertThat(browser.findElement(By.id("history")).getText()).contains("hủy nhiệm vụ: Bãi bỏ theo Quyết định 45/QĐ-UBND");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('history').scrollIntoView({block: 'center'})");
        chrome.shots("console-task");
    }

    @Test
    void theOfficeImportsANoticeDroppingOneTaskAndCorrectingAnothersDeadline() throws Exception {
        Path notice = Path.of("../examples/notices/chu-tich-ubnd-nghe-an-chi-dao-sau-ky-hop-17.txt");
        browser.get(console.loginLink(ConsoleApp.OFFICE));
        browser.findElement(By.id("log-in")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sổ nhiệm vụ"));
        browser.findElement(By.id("menu-import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        browser.findElement(By.id("file")).sendKeys(notice.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("number")).sendKeys("12/TB-UBND");
        browser.findElement(By.id("issued")).sendKeys("15/12/2023");
        browser.findElement(By.id("upload")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice-tasks")));
        int found = browser.findElements(By.cssSelector("#notice-tasks tbody tr")).size();
        assertThat(found).isGreaterThan(2);
        chrome.shots("console-import-notice");
        browser.findElement(By.id("drop-1")).click();
        WebElement deadline = browser.findElement(By.id("deadline-2"));
        deadline.clear();
        deadline.sendKeys("trước ngày 31/3/2024");
        browser.findElement(By.id("again")).click();

        wait.until(ExpectedConditions.textToBe(By.id("deadline-reads-2"), "\"trước ngày 31/3/2024\" → 31/03/2024"));
        assertThat(browser.findElement(By.id("drop-1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("notice-found")).getText()).endsWith("sẽ nhập " + (found - 1) + " nhiệm vụ giữ lại.");
        assertThat(tasksJson()).isEmpty();
        chrome.shots("console-import-notice-edited");
        browser.findElement(By.id("confirm-end")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        List<JsonNode> saved = tasksJson();
        assertThat(saved.stream().map(l -> l.get("task").asLong()).distinct().count()).isEqualTo(found - 1);
        assertThat(saved.toString()).contains("2024-03-31");
    }

    /** {@code tasks --json} on the register the console runs on, as of the console's day: one object a milestone. */
    private List<JsonNode> tasksJson() throws Exception {
        CliRunner.Result result = new CliRunner(console.file).run("tasks", "--json", "--now", "2024-03-25");
        assertThat(result.status()).as(result.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** The first milestone of {@code task}. */
    private static JsonNode one(List<JsonNode> lines, long task) {
        return lines.stream().filter(l -> l.get("task").asLong() == task).findFirst().orElseThrow();
    }
}
