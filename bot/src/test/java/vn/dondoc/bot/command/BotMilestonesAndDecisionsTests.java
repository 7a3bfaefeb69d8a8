package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;

/**
 * Reports that say exactly what was recorded: which deadline of a task with several was closed, a
 * refusal with its reason, a completion on the day it happened (issue 10, items 2–4).
 */
class BotMilestonesAndDecisionsTests {

    static final long NOI_VU = 3001;      // Sở Nội vụ, lead of item 135 ("Tháng 3, tháng 6, tháng 11")
    static final long AN = 3002;          // Sở Y tế
    static final long OFFICE = 3003;
    static final long LEADER = 3004;

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

    // ---- item 2: several deadlines ----

    @Test
    void doneOnATaskWithSeveralDeadlinesSaysWhichWasClosedAndWhichRemain() {
        harness.linked(NOI_VU, "Trần Thị Hoa", ContactRole.STAFF, "Sở Nội vụ");
        List<MilestoneLine> item = harness.item("135");
        assertThat(item).extracting(MilestoneLine::due).containsExactly(
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 11, 30));
        long task = item.get(0).taskId();

        telegram.userSays(NOI_VU, "/xong " + task + " đã gửi báo cáo quý I");

        FakeBotApi.Call answer = telegram.awaitMessageContaining(NOI_VU, "#" + task);
        assertThat(answer.text()).contains("hạn 31/03/2024").contains("30/06/2024").contains("30/11/2024")
                .contains("còn 2 mốc");
        assertThat(statuses(task)).containsExactly(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.OPEN_ON_TIME,
                MilestoneStatus.OPEN_ON_TIME);
    }

    @Test
    void whenSeveralDeadlinesHavePassedTheContactChoosesWhichOneWasDone() {
        harness.clock.set(Instant.parse("2024-07-08T02:00:00Z"));
        harness.linked(NOI_VU, "Trần Thị Hoa", ContactRole.STAFF, "Sở Nội vụ");
        List<MilestoneLine> item = harness.item("135");
        long task = item.get(0).taskId();
        int before = harness.history.of(task).size();

        telegram.userSays(NOI_VU, "/xong " + task);

        FakeBotApi.Call ask = telegram.awaitMessageContaining(NOI_VU, "#" + task);
        assertThat(ask.buttons()).as("one button per open milestone").containsExactly(
                "d!:" + task + ":" + item.get(0).milestoneId(), "d!:" + task + ":" + item.get(1).milestoneId(),
                "d!:" + task + ":" + item.get(2).milestoneId(), "d0:" + task);
        assertThat(ask.text()).contains("31/03/2024").contains("30/06/2024");
        assertThat(harness.history.of(task)).as("nothing recorded before the choice").hasSize(before);

        telegram.presses(NOI_VU, ask, "d!:" + task + ":" + item.get(1).milestoneId());

        FakeBotApi.Call done = telegram.awaitEdit(NOI_VU, t -> t.contains("Đã ghi nhận"));
        assertThat(done.text()).contains("hạn 30/06/2024").contains("31/03/2024");
        assertThat(statuses(task)).containsExactly(MilestoneStatus.OPEN_OVERDUE, MilestoneStatus.DONE_LATE,
                MilestoneStatus.OPEN_ON_TIME);
    }

    @Test
    void theDoneConfirmationNamesItsMilestoneAndASecondPressRecordsNothingMore() {
        harness.linked(NOI_VU, "Trần Thị Hoa", ContactRole.STAFF, "Sở Nội vụ");
        List<MilestoneLine> item = harness.item("135");
        long task = item.get(0).taskId();
        telegram.userSays(NOI_VU, "/xem " + task);
        FakeBotApi.Call detail = telegram.awaitMessageContaining(NOI_VU, "#" + task);

        telegram.presses(NOI_VU, detail, "d:" + task);
        FakeBotApi.Call confirm = telegram.awaitMessageContaining(NOI_VU, "Xác nhận nhiệm vụ #" + task);
        assertThat(confirm.text()).contains("31/03/2024");
        String yes = "d!:" + task + ":" + item.get(0).milestoneId();
        assertThat(confirm.buttons()).contains(yes);

        telegram.presses(NOI_VU, confirm, yes);
        telegram.awaitEdit(NOI_VU, t -> t.contains("Đã ghi nhận"));
        long mark = System.nanoTime();
        telegram.presses(NOI_VU, confirm, yes);

        FakeBotApi.Call again = telegram.await(c -> c.receivedNanos() > mark && Long.valueOf(NOI_VU).equals(c.chatId())
                && c.text() != null, "the answer to the second press");
        assertThat(again.text()).contains("đã ghi nhận").contains("31/03/2024");
        assertThat(harness.history.of(task)).extracting(HistoryEntry::action).containsOnlyOnce("DONE");
        assertThat(statuses(task)).containsExactly(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.OPEN_ON_TIME,
                MilestoneStatus.OPEN_ON_TIME);
    }

    // ---- item 3: a refusal's reason ----

    @Test
    void aRefusalsReasonGoesToTheRequesterTheHistoryAndTheOtherDeciders() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        harness.linked(LEADER, "Phó Chủ tịch Bùi Đình Long", ContactRole.LEADER, null);
        long task = harness.openTaskLedBy("Sở Y tế").taskId();
        long extension = askExtension(task);

        telegram.userSays(LEADER, "/tuchoi " + extension + " chưa đủ căn cứ pháp lý");

        telegram.awaitMessage(LEADER, t -> t.contains("Đã không đồng ý đề nghị gia hạn #" + extension));
        FakeBotApi.Call told = telegram.awaitMessageContaining(AN, "không được đồng ý");
        assertThat(told.text()).contains("chưa đủ căn cứ pháp lý");
        telegram.awaitMessageContaining(OFFICE, "đã được Phó Chủ tịch Bùi Đình Long từ chối: chưa đủ căn cứ pháp lý");
        HistoryEntry rejected = harness.history.of(task).stream().filter(h -> h.action().equals("EXTENSION_REJECTED"))
                .findFirst().orElseThrow();
        assertThat(rejected.detail()).contains("chưa đủ căn cứ pháp lý");
        telegram.userSays(AN, "/xem " + task);
        telegram.awaitMessage(AN, t -> t.contains("Lịch sử") && t.contains("chưa đủ căn cứ pháp lý"));
    }

    @Test
    void theRejectButtonAsksForTheReasonAsAReply() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        long task = harness.openTaskLedBy("Sở Y tế").taskId();
        long extension = askExtension(task);
        FakeBotApi.Call notice = telegram.awaitMessageContaining(OFFICE, "Đề nghị gia hạn #" + extension);

        telegram.presses(OFFICE, notice, "r:" + extension);

        FakeBotApi.Call question = telegram.awaitMessageContaining(OFFICE, "Lý do không đồng ý đề nghị gia hạn #" + extension);
        assertThat(question.forceReply()).isTrue();
        assertThat(harness.extensions.byId(extension).orElseThrow().isPending()).as("nothing decided yet").isTrue();
        telegram.userReplies(OFFICE, question, "hồ sơ thiếu ý kiến Sở Tài chính");

        FakeBotApi.Call told = telegram.awaitMessageContaining(AN, "không được đồng ý");
        assertThat(told.text()).contains("hồ sơ thiếu ý kiến Sở Tài chính");
        assertThat(harness.extensions.byId(extension).orElseThrow().decision()).isEqualTo("REJECTED");
    }

    // ---- item 4: a completion on the day it happened ----

    @Test
    void theOfficeAndLeadersRecordACompletionOnTheDayItHappenedAndTheHistoryKeepsWhoAndWhen() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        harness.linked(LEADER, "Phó Chủ tịch Bùi Đình Long", ContactRole.LEADER, null);
        List<MilestoneLine> open = harness.tasks.milestones(TaskQuery.all(harness.today())).stream()
                .filter(l -> l.status() == MilestoneStatus.OPEN_OVERDUE && l.lead().size() == 1
                        && l.kind() == vn.dondoc.scheduler.deadline.DeadlineKind.FIXED).toList();
        MilestoneLine first = open.get(0);
        MilestoneLine second = open.stream().filter(l -> l.taskId() != first.taskId()).findFirst().orElseThrow();

        telegram.userSays(OFFICE, "/xong " + first.taskId() + " 20/03/2024 theo Báo cáo số 45/BC-SYT");
        telegram.userSays(LEADER, "/xong " + second.taskId() + " 22/03/2024");

        telegram.awaitMessage(OFFICE, t -> t.contains("#" + first.taskId()) && t.contains("20/03/2024"));
        telegram.awaitMessage(LEADER, t -> t.contains("#" + second.taskId()) && t.contains("22/03/2024"));
        assertThat(milestone(first).doneOn()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(milestone(second).doneOn()).isEqualTo(LocalDate.of(2024, 3, 22));
        HistoryEntry done = last(first.taskId());
        assertThat(done.action()).isEqualTo("DONE");
        assertThat(done.actor()).contains("Văn phòng UBND tỉnh");
        assertThat(done.at()).isEqualTo(harness.clock.instant());
        assertThat(done.detail()).contains("2024-03-20").contains("theo Báo cáo số 45/BC-SYT");
        assertThat(last(second.taskId()).actor()).contains("Bùi Đình Long");
        telegram.userSays(OFFICE, "/xem " + first.taskId());
        telegram.awaitMessage(OFFICE, t -> t.contains("Lịch sử") && t.contains("hoàn thành ngày 20/03/2024"));
    }

    @Test
    void anAgencyReportsAsOfTheMomentItWritesAndADateIsRefused() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        int before = harness.history.of(task.taskId()).size();

        telegram.userSays(AN, "/xong " + task.taskId() + " 20/03/2024 đã xong từ tuần trước");

        FakeBotApi.Call answer = telegram.awaitMessageContaining(AN, "Văn phòng UBND");
        assertThat(answer.text()).contains("/xong " + task.taskId());
        assertThat(harness.history.of(task.taskId())).hasSize(before);
        assertThat(milestone(task).doneOn()).isNull();
    }

    private long askExtension(long task) {
        MilestoneLine line = harness.tasks.milestones(task, harness.today()).get(0);
        LocalDate asked = line.due().plusMonths(1);
        telegram.userSays(AN, "/giahan " + task + " " + String.format("%02d/%02d/%d", asked.getDayOfMonth(),
                asked.getMonthValue(), asked.getYear()) + " chờ ý kiến Bộ Y tế");
        telegram.awaitMessageContaining(AN, "Đã gửi đề nghị gia hạn #");
        return harness.extensions.pending().get(0).id();
    }

    private List<MilestoneStatus> statuses(long task) {
        return harness.tasks.milestones(task, harness.today()).stream().map(MilestoneLine::status).toList();
    }

    private MilestoneLine milestone(MilestoneLine line) {
        return harness.tasks.milestones(line.taskId(), harness.today()).stream()
                .filter(l -> l.milestoneId() == line.milestoneId()).findFirst().orElseThrow();
    }

    private HistoryEntry last(long task) {
        List<HistoryEntry> history = harness.history.of(task);
        return history.get(history.size() - 1);
    }
}
