package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskQuery;

/**
 * The office's work in Telegram on the 152/QĐ-UBND register: /huy, /lienhe, and what happens when someone other than
 * the office sends a register. Through the real telegrambots client against the fake Bot API.
 */
class OfficeCommandsConversationTests {

    static final long OFFICE = 3001;
    static final long AN = 3002;       // Sở Y tế, staff
    static final long HOA = 3003;      // Sở Y tế, head
    static final long NEWCOMER = 3004;

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(HOA, "Lê Thị Hoa", ContactRole.HEAD, "Sở Y tế");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aStaffOrHeadContactsFileIsAnsweredInOneLineAndChangesNothing() throws Exception {
        long before = taskCount();
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));

        telegram.userSendsDocument(AN, file, "152-QD-UBND-2024-phu-luc-01.tsv", "999/QĐ-UBND 01/02/2024");
        telegram.userSendsDocument(HOA, file, "152-QD-UBND-2024-phu-luc-01.tsv", "999/QĐ-UBND 01/02/2024");

        for (long chat : new long[] {AN, HOA}) {
            FakeBotApi.Call refused = telegram.awaitMessageContaining(chat, "Chỉ Văn phòng UBND mới nhập sổ nhiệm vụ bằng tệp");
            assertThat(refused.text()).doesNotContain("\n");
            assertThat(refused.buttons()).isEmpty();
        }
        telegram.awaitAllHandled();
        assertThat(telegram.downloads(file)).isZero();
        assertThat(taskCount()).isEqualTo(before).isEqualTo(178);
    }

    @Test
    void theOfficeCancelsATaskWithAReasonAndItIsInTheHistory() {
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(OFFICE, "/huy " + task.taskId() + " đã được thay bằng Quyết định 310/QĐ-UBND");

        telegram.awaitMessageContaining(OFFICE, "Đã hủy nhiệm vụ #" + task.taskId() + " từ 25/03/2024");
        assertThat(harness.history.of(task.taskId())).extracting(HistoryEntry::action).contains("CANCELLED");
        assertThat(harness.history.of(task.taskId()).stream().filter(h -> h.action().equals("CANCELLED")).findFirst().orElseThrow()
                .detail()).contains("310/QĐ-UBND");
    }

    @Test
    void aCancelWithoutAReasonAsksForItAndTheReplyCancels() {
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(OFFICE, "/huy " + task.taskId());

        FakeBotApi.Call question = telegram.awaitMessageContaining(OFFICE, "Lý do hủy nhiệm vụ #" + task.taskId());
        assertThat(question.forceReply()).isTrue();
        assertThat(cancelled(task.taskId())).isFalse();
        telegram.userReplies(OFFICE, question, "Sở đã hoàn thành theo văn bản khác");
        telegram.awaitMessageContaining(OFFICE, "Đã hủy nhiệm vụ #" + task.taskId());
        assertThat(cancelled(task.taskId())).isTrue();
    }

    @Test
    void staffCannotCancelATask() {
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(AN, "/huy " + task.taskId() + " không làm nữa");
        telegram.userSays(AN, "/cancel " + task.taskId() + " không làm nữa");

        FakeBotApi.Call refused = telegram.awaitMessageContaining(AN, "Lệnh này chỉ dành cho Văn phòng UBND.");
        assertThat(refused.text()).doesNotContain("\n");
        telegram.awaitAllHandled();
        assertThat(cancelled(task.taskId())).isFalse();
    }

    @Test
    void theOfficeAddsAContactAndTheInviteLinkItGetsLinksTheNewcomer() {
        telegram.userSays(OFFICE, "/lienhe Phạm Văn Cường | Sở Y tế | cán bộ đầu mối");

        FakeBotApi.Call added = telegram.awaitMessageContaining(OFFICE, "Đã thêm liên hệ #");
        assertThat(added.text()).contains("Phạm Văn Cường (cán bộ đầu mối, Sở Y tế)");
        Matcher link = Pattern.compile("https://t\\.me/" + FakeBotApi.BOT_NAME + "\\?start=(\\S+)").matcher(added.text());
        assertThat(link.find()).as(added.text()).isTrue();

        telegram.userSays(NEWCOMER, "/start " + link.group(1));

        telegram.awaitMessage(NEWCOMER, t -> t.contains("Đã liên kết chat này với Phạm Văn Cường") && t.contains("Sở Y tế"));
        assertThat(harness.contacts.byChat(NEWCOMER)).get().extracting(c -> c.role()).isEqualTo(ContactRole.STAFF);
    }

    @Test
    void aLeaderIsAddedWithoutAgencyAndAnAgencyWrittenAnotherWayIsFound() {
        telegram.userSays(OFFICE, "/contact Trần Văn Dũng | lãnh đạo");
        telegram.awaitMessage(OFFICE, t -> t.contains("Trần Văn Dũng (lãnh đạo UBND)") && t.contains("?start="));

        telegram.userSays(OFFICE, "/lienhe Lê Văn Em | so y te | lanh dao co quan");
        telegram.awaitMessage(OFFICE, t -> t.contains("Lê Văn Em (lãnh đạo cơ quan, so y te)"));
    }

    @Test
    void wrongArgumentsShowTheFormAndAnUnknownAgencyOrADuplicateIsOneLine() {
        telegram.userSays(OFFICE, "/lienhe Phạm Văn Cường");
        FakeBotApi.Call usage = telegram.awaitMessageContaining(OFFICE, "Hãy ghi: /lienhe Tên | cơ quan | vai trò");
        assertThat(usage.text()).contains("/lienhe Nguyễn Văn An | Sở Y tế | cán bộ đầu mối");

        telegram.userSays(OFFICE, "/lienhe Phạm Văn Cường | Sở Không Có | cán bộ đầu mối");
        telegram.awaitMessageContaining(OFFICE, "Sở Không Có");

        telegram.userSays(OFFICE, "/lienhe Nguyễn Văn An | Sở Y tế");
        FakeBotApi.Call duplicate = telegram.awaitMessageContaining(OFFICE, "Đã có liên hệ #");
        assertThat(duplicate.text()).doesNotContain("--force");

        telegram.userSays(OFFICE, "/lienhe Phạm Văn Cường | Sở Y tế | thủ quỹ");
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(OFFICE)).filteredOn(c -> c.text().startsWith("Hãy ghi: /lienhe")).hasSize(2);
        assertThat(harness.contacts.byChat(NEWCOMER)).isEmpty();
        assertThat(telegram.sentTo(OFFICE)).noneMatch(c -> c.text().contains("Đã thêm liên hệ"));
    }

    @Test
    void staffCannotAddContactsAndHelpShowsTheOfficeItsCommands() {
        telegram.userSays(AN, "/lienhe Phạm Văn Cường | Sở Y tế");
        telegram.awaitMessageContaining(AN, "Lệnh này chỉ dành cho Văn phòng UBND.");

        telegram.userSays(OFFICE, "/trogiup");
        FakeBotApi.Call help = telegram.awaitMessageContaining(OFFICE, "Các lệnh của dondoc");
        assertThat(help.text()).contains("/nhap (/import)").contains("/huy (/cancel) — N lý do")
                .contains("/lienhe (/contact) — Tên | cơ quan | vai trò");
        telegram.userSays(AN, "/trogiup");
        FakeBotApi.Call staffHelp = telegram.awaitMessageContaining(AN, "Các lệnh của dondoc");
        assertThat(staffHelp.text()).doesNotContain("/huy").doesNotContain("/lienhe").doesNotContain("/nhap");

        telegram.userSays(OFFICE, "/nhap");
        telegram.awaitMessageContaining(OFFICE, "hãy gửi tệp .tsv, .csv hay .xlsx (hoặc thông báo .docx, .pdf, .txt) vào chat này");
    }

    private long taskCount() {
        return harness.tasks.milestones(TaskQuery.all(harness.today())).stream().map(MilestoneLine::taskId).distinct().count();
    }

    private boolean cancelled(long taskId) {
        return harness.history.of(taskId).stream().anyMatch(h -> h.action().equals("CANCELLED"));
    }
}
