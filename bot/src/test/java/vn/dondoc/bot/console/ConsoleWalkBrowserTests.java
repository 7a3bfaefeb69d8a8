package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.dondoc.bot.cli.CliRunner;
import vn.dondoc.bot.telegram.FakeBotApi;

/**
 * Issue 11's first "Done when", tried as a new office would: an EMPTY register (only the office's own contact, linked),
 * Telegram played by the fake Bot API, the real {@code run} with its console, Debian's chromium. The office logs in
 * through /dangnhap, imports the real 152/QĐ-UBND appendix in the browser, adds and invites three contacts (one of
 * them links by the QR code on the printed card), merges Sở Kế hoạch và Đầu tư into Sở Tài chính, cancels a task with
 * a reason, and looks at every other page on the way. Nothing is typed at a dondoc command line; the command line
 * ({@code tasks --json}, {@code contacts --json}, what a script would run) only checks the result at the end.
 * Screenshots of each main page at 1366×768 and on a phone go to target/walk-*.png.
 */
class ConsoleWalkBrowserTests {

    private static final Path APPENDIX = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    private static final String KHDT = "Sở Kế hoạch và Đầu tư";
    private static final String TAI_CHINH = "Sở Tài chính";
    private static final String REASON = "Bãi bỏ theo Quyết định 45/QĐ-UBND";
    private static final long DUNGS_PHONE = 7001;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ConsoleApp console;
    ConsoleBrowser browser;

    @BeforeEach
    void setUp() throws Exception {
        console = ConsoleApp.empty(dir);
        browser = new ConsoleBrowser(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (console != null) {
                console.close();
            }
        }
    }

    @Test
    void anOfficeRunsTheRegisterFromAnEmptyStartWithoutACommand() throws Exception {
        assertThat(tasksJson()).isEmpty();
        browser.logIn(console, ConsoleApp.OFFICE);
        assertThat(browser.text("summary")).startsWith("0 trên 0");

        importTheAppendix();
        browser.menu("register");
        assertThat(browser.text("summary")).startsWith("178 trên 178 nhiệm vụ");
        browser.shots("walk-register");
        Set<Long> ofKhdt = tasksWhere(lead(KHDT));
        assertThat(ofKhdt).hasSizeGreaterThan(5);

        browser.menu("contacts");
        addContact("Trần Thị Bình", "cán bộ đầu mối", TAI_CHINH);
        addContact("Lê Văn Cường", "cán bộ đầu mối", KHDT);
        addContact("Phạm Thị Dung", "lãnh đạo cơ quan", "Sở Y tế");
        assertThat(browser.text("cards-ready")).contains("3 thẻ mời");
        browser.shots("walk-contacts");
        linkByTheCardOf("Phạm Thị Dung");

        browser.menu("agencies");
        assertThat(browser.text("nobody")).contains("Không có ai để nhắc");
        browser.shots("walk-agencies");
        merge(KHDT, TAI_CHINH, ofKhdt.size());

        long cancelled = cancelTheFirstTaskOf(TAI_CHINH);

        lookAtTheOfficePages();

        // The command line a script would run, on the register the console wrote.
        List<JsonNode> milestones = tasksJson();
        assertThat(milestones.stream().map(m -> m.get("task").asLong()).distinct().count()).isEqualTo(178);
        assertThat(tasksWhere(lead(KHDT))).isEmpty();
        assertThat(tasksWhere(lead(TAI_CHINH))).containsAll(ofKhdt);
        assertThat(milestones).filteredOn(m -> m.get("task").asLong() == cancelled)
                .isNotEmpty().allMatch(m -> m.get("status").asText().equals("CANCELLED"));
        assertThat(tasksWhere(m -> m.get("status").asText().equals("CANCELLED"))).containsExactly(cancelled);
        // tasks --json has no history and no reason: the reason was read in the task page's history above.

        Map<String, JsonNode> contacts = contactsJson();
        assertThat(contacts).containsOnlyKeys("Văn phòng UBND tỉnh", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung");
        assertThat(contacts.get("Trần Thị Bình").get("agency").asText()).isEqualTo(TAI_CHINH);
        assertThat(contacts.get("Lê Văn Cường").get("agency").asText()).as("moved by the merge").isEqualTo(TAI_CHINH);
        assertThat(contacts.get("Phạm Thị Dung").get("agency").asText()).isEqualTo("Sở Y tế");
        assertThat(contacts.get("Phạm Thị Dung").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(contacts.get("Phạm Thị Dung").get("chat_id").asLong()).isEqualTo(DUNGS_PHONE);
        assertThat(contacts.get("Trần Thị Bình").get("status").asText()).isEqualTo("INVITED");
    }

    /** The import page: the file, the document's number and date, the preview (nothing written yet), then confirm. */
    private void importTheAppendix() throws Exception {
        browser.menu("import");
        browser.find("file").sendKeys(APPENDIX.toAbsolutePath().normalize().toString());
        browser.find("number").sendKeys("152/QĐ-UBND");
        browser.find("issued").sendKeys("18/01/2024");
        browser.submit(browser.find("upload"));
        assertThat(browser.text("preview-heading")).isEqualTo("Nhập 152/QĐ-UBND (ban hành 18/01/2024) từ tệp 152-QD-UBND-2024-phu-luc-01.tsv");
        assertThat(browser.text("count-created")).isEqualTo("178 nhiệm vụ mới");
        assertThat(tasksJson()).as("nothing written before confirming").isEmpty();
        browser.shots("walk-import-preview");
        browser.submit(browser.find("confirm"));
        assertThat(browser.text("imported")).startsWith("Đã nhập 152/QĐ-UBND (ban hành 18/01/2024): 178 nhiệm vụ mới");
    }

    private void addContact(String name, String role, String agency) {
        WebElement field = browser.find("contact-name");
        field.clear();
        field.sendKeys(name);
        browser.choose("contact-role", role);
        browser.choose("contact-agency", agency);
        browser.submit(browser.find("add-contact-button"));
        assertThat(browser.text("done")).contains("Đã thêm " + name).contains("https://t.me/" + FakeBotApi.BOT_NAME + "?start=");
    }

    /** The invite cards page; {@code name}'s QR code, read back, sent to the bot from a phone as Telegram would. */
    private void linkByTheCardOf(String name) throws Exception {
        browser.submit(browser.find("print-cards"));
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("article.card"));
        assertThat(cards).extracting(c -> c.findElement(By.cssSelector(".card-name")).getText())
                .containsExactly("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung");
        WebElement card = cards.stream().filter(c -> c.getText().contains(name)).findFirst().orElseThrow();
        String link = ConsoleBrowser.decodeQr(card.findElement(By.cssSelector("img.qr")).getAttribute("src"));
        assertThat(link).isEqualTo(card.findElement(By.cssSelector(".card-link")).getText());
        browser.shots("walk-invite-cards");
        console.telegram.userSays(DUNGS_PHONE, "/start " + link.substring(link.indexOf("start=") + "start=".length()));
        console.telegram.awaitMessageContaining(DUNGS_PHONE, "Đã liên kết chat này với " + name);
    }

    /** On the agencies page: the row's merge form, the confirmation page (what moves), confirm. */
    private void merge(String from, String into, int tasks) throws Exception {
        WebElement row = browser.driver.findElements(By.cssSelector("table.agencies tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".agency-name")).getText().equals(from)).findFirst().orElseThrow();
        row.findElement(By.tagName("summary")).click();
        new Select(row.findElement(By.name("into"))).selectByVisibleText(into);
        browser.submit(row.findElement(By.cssSelector("form.merge button")));
        assertThat(browser.text("merge-moves")).contains(tasks + " nhiệm vụ chuyển sang " + into)
                .contains("1 liên hệ chuyển sang " + into);
        browser.shots("walk-agency-merge");
        browser.submit(browser.find("merge-confirm"));
        assertThat(browser.text("done")).startsWith("Đã gộp " + from + " vào " + into);
    }

    /** From the agency's row (its number of tasks) to its tasks in the register, the first one's page, cancelled. */
    private long cancelTheFirstTaskOf(String agency) throws Exception {
        WebElement count = browser.driver.findElements(By.cssSelector("table.agencies tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".agency-name")).getText().equals(agency)).findFirst().orElseThrow()
                .findElement(By.cssSelector("td.number a"));
        int tasks = Integer.parseInt(count.getText());
        browser.submit(count);
        assertThat(browser.text("summary")).isEqualTo(tasks + " trên " + tasks + " nhiệm vụ của " + agency + ".");
        browser.submit(browser.driver.findElement(By.cssSelector("table.register tbody tr:first-child td.title a")));
        long task = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/nhiemvu/(\\d+).*", "$1"));
        browser.find("cancel-reason").sendKeys(REASON);
        browser.submit(browser.find("cancel-task"));
        assertThat(browser.text("history")).contains("hủy nhiệm vụ: " + REASON).contains("Văn phòng UBND tỉnh — web");
        browser.shots("walk-task");
        browser.js().executeScript("document.getElementById('history').scrollIntoView({block: 'center'})");
        browser.screenshot("walk-task-history.png");
        return task;
    }

    /** The pages a new office looks at once: nothing to decide yet, the year's holidays, the digest, the log. */
    private void lookAtTheOfficePages() throws Exception {
        browser.menu("extensions");
        browser.shots("walk-extensions");
        browser.menu("holidays");
        assertThat(browser.text("day-2024-09-02")).contains("Quốc khánh");
        browser.shots("walk-holidays");
        browser.menu("digest");
        browser.wait.until(d -> ((Number) browser.js().executeScript(
                "return document.getElementById('digest-chart').naturalWidth")).intValue() > 0);
        browser.shots("walk-digest");
        browser.menu("deliveries");
        assertThat(browser.text("summary")).isNotEmpty();
        browser.shots("walk-log");
    }

    private static Predicate<JsonNode> lead(String agency) {
        return m -> {
            List<String> lead = new ArrayList<>();
            m.get("lead").forEach(n -> lead.add(n.asText()));
            return lead.contains(agency);
        };
    }

    private Set<Long> tasksWhere(Predicate<JsonNode> milestone) throws Exception {
        return tasksJson().stream().filter(milestone).map(m -> m.get("task").asLong()).collect(Collectors.toSet());
    }

    /** {@code tasks --json} as of the console's day: one object a milestone. */
    private List<JsonNode> tasksJson() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : cli("tasks", "--json", "--now", "2024-03-25")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** {@code contacts --json} by name. */
    private Map<String, JsonNode> contactsJson() throws Exception {
        Map<String, JsonNode> contacts = new java.util.LinkedHashMap<>();
        for (String line : cli("contacts", "--json")) {
            JsonNode contact = JSON.readTree(line);
            contacts.put(contact.get("name").asText(), contact);
        }
        return contacts;
    }

    private List<String> cli(String... args) {
        CliRunner.Result result = new CliRunner(console.file).run(args);
        assertThat(result.status()).as(result.err()).isZero();
        return result.out().lines().filter(l -> !l.isBlank()).toList();
    }
}
