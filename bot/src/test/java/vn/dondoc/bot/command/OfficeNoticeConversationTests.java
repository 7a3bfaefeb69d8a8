package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.cli.Cli;
import vn.dondoc.bot.cli.CliEnvironment;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * The office sends a notice in prose to the bot: the preview is the listing of {@code import --dry-run}, a reply
 * "bỏ N" leaves the tasks of line N out and answers with the new listing, and Nhập saves only the tasks kept.
 */
class OfficeNoticeConversationTests {

    static final long OFFICE = 2001;
    static final long STAFF = 2002;
    /** Lai Châu, Công văn 846/UBND-TH: line 3 gives three addressees a report, line 4 gives Sở Kế hoạch và Đầu tư the summary. */
    static final Path NOTICE = Path.of("../scheduler/src/test/resources/notices/laichau-846-ubnd-th-2019.txt");
    static final String CAPTION = "846/UBND-TH 21/05/2019";

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = BotHarness.empty(dir);
        telegram = harness.telegram;
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void theOfficeSendsANoticeDropsTheTasksOfOneLineByReplyingAndNhapSavesOnlyTheOthers() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(NOTICE));

        telegram.userSendsDocument(OFFICE, file, "cv-846.txt", CAPTION);

        FakeBotApi.Call preview = awaitPreview("tìm thấy 2 nhiệm vụ");
        String text = plain(preview.text());
        // The same listing as import --dry-run on the command line.
        assertThat(text).contains(cliListing().strip());
        assertThat(text).contains("bỏ 3, 4").contains("trang Nhập văn bản");
        assertThat(tasksJson()).as("nothing is written before Nhập").isBlank();

        telegram.userReplies(OFFICE, preview, "bỏ 3");

        FakeBotApi.Call after = awaitPreview("tìm thấy 1 nhiệm vụ");
        assertThat(plain(after.text())).contains("dòng 4: Sở Kế hoạch và Đầu tư — tổng hợp chung báo cáo")
                .doesNotContain("dòng 3:");

        telegram.presses(OFFICE, after, after.buttons().get(0));

        telegram.awaitMessageContaining(OFFICE, "Đã nhập 846/UBND-TH");
        String tasks = tasksJson();
        assertThat(tasks.lines()).isNotEmpty().allMatch(l -> l.contains("tổng hợp chung báo cáo"));
        assertThat(tasks).doesNotContain("báo cáo tình hình triển khai");
    }

    @Test
    void aLineWithoutATaskOrDroppingEverythingIsRefusedAndTheNoticeIsDocxToo() throws Exception {
        String file = telegram.putFile(docx(Files.readAllLines(NOTICE, StandardCharsets.UTF_8)));

        telegram.userSendsDocument(OFFICE, file, "cv-846.docx", CAPTION);

        // Word ends every paragraph with a line of its own: the tasks are on lines 5 and 7 of the .docx.
        FakeBotApi.Call preview = awaitPreview("tìm thấy 2 nhiệm vụ");
        assertThat(plain(preview.text())).contains("dòng 5: các sở, ngành tỉnh").contains("dòng 7: Sở Kế hoạch và Đầu tư");
        telegram.userReplies(OFFICE, preview, "bỏ 6");
        telegram.awaitMessageContaining(OFFICE, "Không có nhiệm vụ nào ở dòng 6");
        telegram.userReplies(OFFICE, preview, "bo dong 5, 7");
        telegram.awaitMessageContaining(OFFICE, "Không thể bỏ hết");

        telegram.presses(OFFICE, preview, preview.buttons().get(0));

        telegram.awaitMessageContaining(OFFICE, "Đã nhập 846/UBND-TH");
        assertThat(tasksJson()).contains("tổng hợp chung báo cáo").contains("báo cáo tình hình triển khai");
    }

    @Test
    void aPreviewTooLongForOneMessageComesInPartsAndDroppingByReplyingToTheLastPartWorks() throws Exception {
        // Forty directions, one a line, each to a department of the province: a preview of well over 4,096 characters.
        String[] agencies = {"Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp"};
        StringBuilder notice = new StringBuilder("Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n");
        for (int i = 1; i <= 40; i++) {
            notice.append("Giao ").append(agencies[i % agencies.length])
                    .append(" chủ trì, phối hợp với các đơn vị liên quan rà soát, đánh giá kết quả thực hiện nội dung số ")
                    .append(i).append(" của kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2024.\n");
        }
        String file = telegram.putFile(notice.toString().getBytes(StandardCharsets.UTF_8));

        telegram.userSendsDocument(OFFICE, file, "ket-luan.txt", "45/TB-UBND 18/01/2024");

        FakeBotApi.Call last = awaitPreview("40 nhiệm vụ: 40 mới");
        java.util.List<FakeBotApi.Call> parts = telegram.calls().stream()
                .filter(c -> c.method().equals("sendmessage") && Long.valueOf(OFFICE).equals(c.chatId())).toList();
        assertThat(parts).as("the preview in several messages, the buttons under the last").hasSizeGreaterThan(1);
        assertThat(plain(last.text())).doesNotContain("Thông báo của tệp #").contains("bỏ ");

        telegram.userReplies(OFFICE, last, "bỏ 3");

        FakeBotApi.Call after = awaitPreview("39 nhiệm vụ: 39 mới");
        telegram.presses(OFFICE, after, after.buttons().get(0));
        telegram.awaitMessageContaining(OFFICE, "Đã nhập 45/TB-UBND");
        assertThat(tasksJson()).doesNotContain("nội dung số 2 của").contains("nội dung số 1 của").contains("nội dung số 3 của");
    }

    @Test
    void aStaffContactsNoticeChangesNothingAndIsNotDownloaded() throws Exception {
        harness.db.inTransaction(() -> harness.agencies.create("Sở Tài chính"));
        harness.linked(STAFF, "Chuyên viên Sở Tài chính", ContactRole.STAFF, "Sở Tài chính");
        String file = telegram.putFile(Files.readAllBytes(NOTICE));

        telegram.userSendsDocument(STAFF, file, "cv-846.txt", CAPTION);

        telegram.awaitMessageContaining(STAFF, "Chỉ Văn phòng UBND");
        telegram.awaitAllHandled();
        assertThat(telegram.downloads(file)).isZero();
        assertThat(tasksJson()).isBlank();
    }

    private FakeBotApi.Call awaitPreview(String containing) {
        return telegram.await(c -> c.method().equals("sendmessage") && Long.valueOf(OFFICE).equals(c.chatId())
                && c.buttons().stream().anyMatch(b -> b.startsWith("imp:y:")) && plain(c.text()).contains(containing),
                "the notice's preview: " + containing);
    }

    private String tasksJson() {
        return cli(dir.resolve("register.db"), "tasks", "--json", "--now", "2024-03-25");
    }

    /** The notice's listing {@code import --dry-run} prints, on a register of its own. */
    private String cliListing() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("cli")).resolve("cv-846.txt");
        Files.copy(NOTICE, copy);
        String out = cli(dir.resolve("cli/register.db"), "import", copy.toString(), "--source", "846/UBND-TH",
                "--issued", "21/05/2019", "--dry-run");
        return out.substring(0, out.indexOf("Chạy thử"));
    }

    private String cli(Path register, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(vn.dondoc.scheduler.testing.TestRegisters.environment(register),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), harness.clock);
        assertThat(new Cli(env).run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The notice as Word saves it: one paragraph a line. */
    private static byte[] docx(java.util.List<String> lines) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            lines.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }
}
