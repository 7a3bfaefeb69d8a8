package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;

/**
 * Conversations with the real bot over HTTP (telegrambots' poller and client against a fake Bot API
 * on 127.0.0.1), on the 152/QĐ-UBND register, on Monday 25/03/2024.
 */
class BotConversationTests {

    static final long AN = 1001;          // Sở Y tế, private chat
    static final long BINH = 1002;        // Sở Xây dựng
    static final long OFFICE = 1003;      // Văn phòng UBND
    static final long LEADER = 1004;      // Phó Chủ tịch
    static final long STRANGER = 9999;

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void anInviteLinksThePrivateChatAndTheContactSeesItsTasks() {
        String code = harness.invited("Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        telegram.userSays(AN, "/start " + code);

        telegram.awaitMessage(AN, t -> t.contains("Đã liên kết chat này với Nguyễn Văn An") && t.contains("Sở Y tế"));
        assertThat(harness.contacts.byChat(AN)).get().extracting(c -> c.status()).isEqualTo(ContactStatus.ACTIVE);
        telegram.userSays(AN, "/nhiemvu");
        FakeBotApi.Call list = telegram.awaitMessageContaining(AN, "Nhiệm vụ đang thực hiện");
        assertThat(list.text()).contains("Sở Y tế");
    }

    @Test
    void anAgencyGroupLinksWithTheCodeAddressedToTheBotAndTheMenuIsSet() {
        String code = harness.invited("Nhóm Sở Y tế", ContactRole.STAFF, "Sở Y tế");

        telegram.groupSays(-100_777, "Sở Y tế — đôn đốc", "/start@" + FakeBotApi.BOT_NAME + " " + code);

        telegram.awaitMessageContaining(-100_777, "Đã liên kết chat này với Nhóm Sở Y tế");
        assertThat(harness.contacts.byChat(-100_777)).isPresent();
        FakeBotApi.Call menu = telegram.await(c -> c.method().equals("setmycommands"), "the command menu");
        assertThat(menu.rawBody()).contains("\"nhiemvu\"").contains("\"xong\"").contains("\"giahan\"");
    }

    @Test
    void anInviteUsedASecondTimeFromAnotherChatIsRefused() {
        String code = harness.invited("Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        telegram.userSays(AN, "/start " + code);
        telegram.awaitMessageContaining(AN, "Đã liên kết");

        telegram.userSays(STRANGER, "/start " + code);

        telegram.awaitMessageContaining(STRANGER, "đã được dùng");
        assertThat(harness.contacts.byChat(STRANGER)).isEmpty();
    }

    @Test
    void anExpiredInviteLinksNothing() {
        String code = harness.invited("Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.clock.advance(Duration.ofDays(7).plusMinutes(1));

        telegram.userSays(AN, "/start " + code);

        telegram.awaitMessageContaining(AN, "hết hạn");
        assertThat(harness.contacts.byChat(AN)).isEmpty();
    }

    @Test
    void aStrangerLearnsOnlyHowToLink() {
        telegram.userSays(STRANGER, "/nhiemvu");
        telegram.userSays(STRANGER, "/xem 1");
        telegram.userSays(STRANGER, "/quahan");
        telegram.userSays(STRANGER, "/start khongphaima");
        telegram.awaitAllHandled();

        assertThat(telegram.sentTo(STRANGER)).hasSize(4).allSatisfy(sent -> {
            assertThat(sent.text()).doesNotContain("Sở ").doesNotContain("#1 ");
            assertThat(sent.buttons()).isEmpty();
        });
        assertThat(telegram.sentTo(STRANGER).get(0).text()).contains("chưa liên kết").contains("/start");
    }

    @Test
    void tasksAreScopedToTheContactsAgency() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        long openOfYTe = openTasksOf("Sở Y tế");

        telegram.userSays(AN, "/tasks");

        FakeBotApi.Call list = telegram.awaitMessageContaining(AN, "Nhiệm vụ đang thực hiện");
        assertThat(list.text()).contains(openOfYTe + " nhiệm vụ");
        MilestoneLine ofXayDung = harness.openTaskLedBy("Sở Xây dựng");
        telegram.userSays(AN, "/xem " + ofXayDung.taskId());
        telegram.awaitMessageContaining(AN, "#" + ofXayDung.taskId() + " không thuộc Sở Y tế");
    }

    @Test
    void longListsArePagedWithButtons() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        telegram.userSays(OFFICE, "/nhiemvu");
        FakeBotApi.Call summary = telegram.awaitMessageContaining(OFFICE, "tất cả cơ quan");
        assertThat(summary.buttons()).as("the whole register, earliest due first").contains("l:t:1");
        telegram.presses(OFFICE, summary, "l:t:1");
        FakeBotApi.Call first = telegram.awaitEdit(OFFICE, t -> t.contains("trang 1/"));
        assertThat(first.buttons()).contains("l:t:2").doesNotContain("l:t:0");

        telegram.presses(OFFICE, first, "l:t:2");

        FakeBotApi.Call second = telegram.awaitEdit(OFFICE, t -> t.contains("trang 2/"));
        assertThat(second.buttons()).contains("l:t:1", "l:t:3");
    }

    @Test
    void doneOnItsOwnTaskIsRecordedWithContactChatAndTime() {
        long an = harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(AN, "/xong " + task.taskId() + " đã trình UBND tỉnh");

        telegram.awaitMessageContaining(AN, "Đã ghi nhận nhiệm vụ #" + task.taskId() + " hoàn thành ngày 25/03/2024");
        HistoryEntry done = harness.history.of(task.taskId()).get(harness.history.of(task.taskId()).size() - 1);
        assertThat(done.action()).isEqualTo("DONE");
        assertThat(done.actor()).contains("Nguyễn Văn An");
        assertThat(done.chatId()).isEqualTo(AN);
        assertThat(done.at()).isEqualTo(harness.clock.instant());
        assertThat(done.detail()).contains("đã trình UBND tỉnh");
        assertThat(statusOf(task)).isIn(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE);
        assertThat(an).isPositive();
    }

    @Test
    void doneOnAnotherAgencysTaskIsRefusedAndNothingIsRecorded() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Xây dựng");
        int before = harness.history.of(task.taskId()).size();

        telegram.userSays(AN, "/done " + task.taskId());

        telegram.awaitMessageContaining(AN, "không thuộc Sở Y tế");
        assertThat(harness.history.of(task.taskId())).hasSize(before);
        assertThat(statusOf(task)).isEqualTo(task.status());
    }

    @Test
    void theDoneButtonAsksForConfirmationBeforeRecording() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        telegram.userSays(AN, "/xem " + task.taskId());
        FakeBotApi.Call detail = telegram.awaitMessageContaining(AN, "#" + task.taskId());
        assertThat(detail.buttons()).contains("d:" + task.taskId(), "p:" + task.taskId(), "e:" + task.taskId());

        telegram.presses(AN, detail, "d:" + task.taskId());
        FakeBotApi.Call confirm = telegram.awaitMessageContaining(AN, "Xác nhận nhiệm vụ #" + task.taskId());
        assertThat(statusOf(task)).as("nothing recorded before the confirmation").isEqualTo(task.status());

        String yes = confirm.buttons().get(0);
        assertThat(yes).as("the confirmation names its milestone").isEqualTo("d!:" + task.taskId() + ":" + task.milestoneId());
        telegram.presses(AN, confirm, yes);
        telegram.awaitEdit(AN, t -> t.contains("Đã ghi nhận nhiệm vụ #" + task.taskId()));
        assertThat(statusOf(task)).isIn(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE);
        assertThat(harness.history.of(task.taskId())).extracting(HistoryEntry::action).containsOnlyOnce("DONE");
    }

    @Test
    void progressByCommandAndByButton() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(AN, "/tiendo " + task.taskId() + " 60% đã lấy ý kiến các sở");
        FakeBotApi.Call recorded = telegram.awaitMessageContaining(AN, "60%");
        telegram.presses(AN, recorded, "p:" + task.taskId());
        FakeBotApi.Call ask = telegram.awaitMessageContaining(AN, "đã làm được bao nhiêu");
        telegram.presses(AN, ask, "p%:" + task.taskId() + ":75");
        telegram.awaitEdit(AN, t -> t.contains("75%"));

        assertThat(harness.history.of(task.taskId())).filteredOn(h -> h.action().equals("PROGRESS"))
                .extracting(HistoryEntry::detail).anySatisfy(d -> assertThat(d).contains("60").contains("đã lấy ý kiến các sở"))
                .anySatisfy(d -> assertThat(d).contains("75"));
    }

    @Test
    void anExtensionIsAskedToldToTheOfficeApprovedAndTheRequesterIsTold() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        harness.linked(LEADER, "Phó Chủ tịch Bùi Đình Long", ContactRole.LEADER, null);
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        LocalDate asked = task.due().plusMonths(1);
        String askedText = String.format("%02d/%02d/%d", asked.getDayOfMonth(), asked.getMonthValue(), asked.getYear());

        telegram.userSays(AN, "/giahan " + task.taskId() + " " + askedText + " chờ ý kiến Bộ Y tế");

        telegram.awaitMessageContaining(AN, "Đã gửi đề nghị gia hạn #");
        FakeBotApi.Call notice = telegram.awaitMessageContaining(OFFICE, "Đề nghị gia hạn #");
        telegram.awaitMessageContaining(LEADER, "Đề nghị gia hạn #");
        assertThat(notice.text()).contains("chờ ý kiến Bộ Y tế").contains(askedText);
        String approve = notice.buttons().stream().filter(b -> b.startsWith("a:")).findFirst().orElseThrow();

        telegram.presses(OFFICE, notice, approve);

        telegram.awaitEdit(OFFICE, t -> t.contains("Đã đồng ý đề nghị gia hạn"));
        telegram.awaitMessageContaining(AN, "được đồng ý");
        MilestoneLine after = harness.tasks.milestones(TaskQuery.ofTask(task.taskId(), harness.today())).stream()
                .filter(l -> l.milestoneId() == task.milestoneId()).findFirst().orElseThrow();
        assertThat(after.due()).isEqualTo(asked);
        assertThat(after.originalDue()).isEqualTo(task.originalDue());
        assertThat(harness.history.of(task.taskId())).extracting(HistoryEntry::action)
                .contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
    }

    @Test
    void theExtensionButtonAsksForADateAndReasonAsAReply() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        telegram.userSays(AN, "/xem " + task.taskId());
        FakeBotApi.Call detail = telegram.awaitMessageContaining(AN, "#" + task.taskId());

        telegram.presses(AN, detail, "e:" + task.taskId());
        FakeBotApi.Call question = telegram.awaitMessageContaining(AN, "Gia hạn nhiệm vụ #" + task.taskId());
        assertThat(question.forceReply()).isTrue();
        telegram.userReplies(AN, question, "30/12/2024 chờ kinh phí");

        telegram.awaitMessageContaining(AN, "Đã gửi đề nghị gia hạn #");
        telegram.awaitMessageContaining(OFFICE, "chờ kinh phí");
    }

    @Test
    void aLeaderSeesEveryOverdueTaskAndAStaffOnlyItsAgencys() {
        harness.linked(LEADER, "Phó Chủ tịch Bùi Đình Long", ContactRole.LEADER, null);
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        long overdueAll = harness.tasks.milestones(TaskQuery.all(harness.today())).stream()
                .collect(java.util.stream.Collectors.groupingBy(MilestoneLine::taskId)).values().stream()
                .map(vn.dondoc.scheduler.task.TaskStatus::current)
                .filter(l -> l.status() == MilestoneStatus.OPEN_OVERDUE).count();
        assertThat(overdueAll).isPositive();

        telegram.userSays(LEADER, "/quahan");
        telegram.userSays(AN, "/overdue");

        FakeBotApi.Call leader = telegram.awaitMessage(LEADER, t -> t.contains("quá hạn"));
        assertThat(leader.text()).contains("tất cả cơ quan: " + overdueAll + " nhiệm vụ");
        FakeBotApi.Call staff = telegram.awaitMessage(AN, t -> t.contains("quá hạn"));
        assertThat(staff.text()).contains("Sở Y tế").doesNotContain(": " + overdueAll + " nhiệm vụ");
    }

    @Test
    void muteSilencesOneTaskForThisContactAndIsKeptInTheHistory() {
        long an = harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        telegram.userSays(AN, "/tatnhac " + task.taskId() + " 7");

        telegram.awaitMessageContaining(AN, "Đã tạm tắt nhắc hạn nhiệm vụ #" + task.taskId() + " cho chat này đến hết ngày 01/04/2024");
        var mutes = harness.mutes;
        assertThat(mutes.isMuted(an, task.taskId(), LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(mutes.isMuted(an, task.taskId(), LocalDate.of(2024, 4, 2))).isFalse();
        assertThat(harness.history.of(task.taskId())).extracting(HistoryEntry::action).contains("MUTED");
        telegram.userSays(AN, "/mute " + task.taskId() + " mãi");
        telegram.awaitMessageContaining(AN, "từ 1 đến 60");
    }

    @Test
    void onlyTheOfficeAndLeadersDecideExtensions() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        telegram.userSays(AN, "/duyet 1");

        telegram.awaitMessageContaining(AN, "chỉ dành cho Văn phòng UBND và lãnh đạo");
    }

    @Test
    void helpListsTheCommandsThisChatMayUse() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        telegram.userSays(AN, "/help");
        FakeBotApi.Call help = telegram.awaitMessageContaining(AN, "Các lệnh của dondoc");
        assertThat(help.text()).contains("/nhiemvu (/tasks)", "/xong (/done)", "/giahan (/extend)", "/quahan (/overdue)")
                .doesNotContain("/duyet");

        telegram.userSays(STRANGER, "/trogiup");
        FakeBotApi.Call stranger = telegram.awaitMessageContaining(STRANGER, "dondoc");
        assertThat(stranger.text()).contains("/start").doesNotContain("/xong");
    }

    private long openTasksOf(String agency) {
        return harness.tasks.milestones(TaskQuery.ofAgency(harness.agencyId(agency), harness.today())).stream()
                .collect(java.util.stream.Collectors.groupingBy(MilestoneLine::taskId)).values().stream()
                .map(vn.dondoc.scheduler.task.TaskStatus::current)
                .filter(l -> l.status().isOpen()).count();
    }

    private MilestoneStatus statusOf(MilestoneLine task) {
        return harness.tasks.milestones(TaskQuery.ofTask(task.taskId(), harness.today())).stream()
                .filter(l -> l.milestoneId() == task.milestoneId()).findFirst().orElseThrow().status();
    }
}
