package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskStatus;

/**
 * The picture per agency for those who see every agency, and the words people really type: commands
 * with spaces or without diacritics, examples that work when copied (issue 10, items 7, 9, 11).
 */
class BotListsAndWordsTests {

    static final long AN = 4001;          // Sở Y tế
    static final long HOA = 4002;         // Sở Nội vụ
    static final long OFFICE = 4003;
    static final long LEADER = 4004;
    static final long STRANGER = 4999;

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

    // ---- item 7: the picture per agency ----

    @Test
    void aLeaderFirstGetsTheOverduePicturePerAgencyWorstFirstWithAButtonForEach() {
        harness.linked(LEADER, "Phó Chủ tịch Bùi Đình Long", ContactRole.LEADER, null);
        Map<String, Long> overdue = countsPerAgency(MilestoneStatus.OPEN_OVERDUE);
        String worst = worstOf(overdue);

        telegram.userSays(LEADER, "/quahan");

        FakeBotApi.Call summary = telegram.awaitMessageContaining(LEADER, "quá hạn");
        assertThat(summary.text()).contains(worst + ": " + overdue.get(worst));
        List<String> agencyButtons = summary.buttons().stream().filter(b -> b.startsWith("l:o:1:")).toList();
        assertThat(agencyButtons).as("one button per agency with overdue tasks").hasSize(overdue.size());
        assertThat(agencyButtons.get(0)).isEqualTo("l:o:1:" + harness.agencyId(worst));

        telegram.presses(LEADER, summary, agencyButtons.get(0));

        telegram.awaitEdit(LEADER, t -> t.contains(worst + ": " + overdue.get(worst) + " nhiệm vụ"));
    }

    @Test
    void aLeaderInChargeOfSomeAgenciesSeesThoseFirst() {
        Map<String, Long> open = countsPerAgency(null);
        String least = open.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(worstOf(open)).isNotEqualTo(least);
        harness.linkedLeader(LEADER, "Phó Chủ tịch Bùi Đình Long", least);

        telegram.userSays(LEADER, "/nhiemvu");

        FakeBotApi.Call summary = telegram.awaitMessageContaining(LEADER, "Nhiệm vụ đang thực hiện");
        List<String> agencyButtons = summary.buttons().stream().filter(b -> b.startsWith("l:t:1:")).toList();
        assertThat(agencyButtons).hasSize(open.size());
        assertThat(agencyButtons.get(0)).isEqualTo("l:t:1:" + harness.agencyId(least));
    }

    @Test
    void theOfficeNamesAnAgencyInAnyWrittenFormAndGetsItsList() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        long ofYTe = countsPerAgency(null).get("Sở Y tế");

        telegram.userSays(OFFICE, "/nhiemvu so y te");

        FakeBotApi.Call list = telegram.awaitMessageContaining(OFFICE, "Nhiệm vụ đang thực hiện");
        assertThat(list.text()).contains("Sở Y tế: " + ofYTe + " nhiệm vụ").doesNotContain("tất cả cơ quan");
        telegram.userSays(OFFICE, "/nhiemvu Sở Không Có Thật");
        telegram.awaitMessageContaining(OFFICE, "Không tìm thấy cơ quan «Sở Không Có Thật»");
    }

    // ---- item 9: the words people type ----

    @Test
    void commandWordsTypedWithSpacesOrWithoutDiacriticsAreUnderstood() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        long task = harness.openTaskLedBy("Sở Y tế").taskId();

        assertThat(answerTo(AN, "/tiến độ " + task + " 30%")).contains("Đã ghi tiến độ nhiệm vụ #" + task + ": 30%");
        assertThat(answerTo(AN, "/tien do " + task + " 40%")).contains("Đã ghi tiến độ nhiệm vụ #" + task + ": 40%");
        assertThat(answerTo(AN, "/Tiến Độ " + task + " 45%")).contains(": 45%");
        assertThat(answerTo(AN, "/quá hạn")).contains("quá hạn").contains("Sở Y tế");
        assertThat(answerTo(AN, "/xem " + task)).contains("<b>#" + task + "</b> ·");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        assertThat(answerTo(AN, "/tiendoo 4 30%")).contains("muốn gõ /tiendo?").contains("/trogiup");
        assertThat(answerTo(AN, "/nhiemvuu")).contains("muốn gõ /nhiemvu?");
        assertThat(answerTo(AN, "/nhiệm")).contains("muốn gõ /nhiemvu?");
    }

    @Test
    void startAndTheCodeWithoutTheSlashLinksTheChat() {
        String code = harness.invited("Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        telegram.userSays(STRANGER, "start " + code);

        telegram.awaitMessageContaining(STRANGER, "Đã liên kết chat này với Nguyễn Văn An");
        assertThat(harness.contacts.byChat(STRANGER)).isPresent();
    }

    @Test
    void aTasksHistoryNamesTheImportInVietnamese() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        long task = harness.openTaskLedBy("Sở Y tế").taskId();

        String detail = answerTo(AN, "/xem " + task);

        assertThat(detail).contains("Lịch sử").contains("nhập từ tệp").doesNotContain("import ");
    }

    // ---- item 11: examples that work ----

    @Test
    void theExamplesInHelpAreTheContactsOwnTasksAndWorkWhenCopied() {
        harness.linked(HOA, "Trần Thị Hoa", ContactRole.STAFF, "Sở Nội vụ");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);

        String help = answerTo(HOA, "/trogiup");

        List<String> examples = help.lines().map(String::strip).filter(l -> l.matches("/(xem|tiendo|giahan|xong) \\d+.*")).toList();
        assertThat(examples).extracting(e -> e.substring(0, e.indexOf(' ')))
                .containsExactly("/xem", "/tiendo", "/giahan", "/xong");
        Map<String, String> success = Map.of("/xem", "Lịch sử", "/tiendo", "Đã ghi tiến độ",
                "/giahan", "Đã gửi đề nghị gia hạn", "/xong", "Đã ghi nhận");
        for (String example : examples) {
            assertThat(answerTo(HOA, example)).as(example).contains(success.get(example.substring(0, example.indexOf(' '))));
        }
    }

    /** Per agency (lead or cooperating), the tasks whose current status is {@code status} (null: open). */
    private Map<String, Long> countsPerAgency(MilestoneStatus status) {
        Map<String, Long> counts = new HashMap<>();
        Map<Long, String> names = harness.agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
        for (Long agency : names.keySet()) {
            long n = harness.tasks.milestones(TaskQuery.ofAgency(agency, harness.today())).stream()
                    .collect(Collectors.groupingBy(MilestoneLine::taskId)).values().stream()
                    .map(TaskStatus::current)
                    .filter(l -> status == null ? l.status().isOpen() : l.status() == status).count();
            if (n > 0) {
                counts.put(names.get(agency), n);
            }
        }
        return counts;
    }

    private static String worstOf(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        assertThat(sorted.get(0).getValue()).as("one worst agency").isGreaterThan(sorted.get(1).getValue());
        return sorted.get(0).getKey();
    }

    /** Sends one message and returns the bot's one answer. */
    private String answerTo(long chat, String text) {
        int before = telegram.sentTo(chat).size();
        telegram.userSays(chat, text);
        telegram.awaitMessage(chat, t -> telegram.sentTo(chat).size() > before);
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(chat)).as("one answer to " + text).hasSize(before + 1);
        return telegram.sentTo(chat).get(before).text();
    }
}
