package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.reminder.TelegramOfficeAlertChannel;
import vn.dondoc.bot.reminder.TelegramReminderChannel;
import vn.dondoc.bot.sending.FakeTicker;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskQuery;

/**
 * Reports written in words, through the real bot (fake Bot API) on the 152/QĐ-UBND register on Monday 25/03/2024:
 * each is restated with Xác nhận / Hủy and reaches the task's history only on Xác nhận.
 */
class FreeTextConversationTests {

    static final long AN = 1001;          // Sở Y tế, private chat
    static final long OFFICE = 1003;
    static final long GROUP = -100_555;   // the Sở Y tế group
    static final LocalDate EARLY = LocalDate.of(2024, 4, 10);

    /**
     * What a sentence should become: the history entry it adds, words the restatement shows, and what the entry
     * holds (first the field the use case always writes, then the person's note or reason, also restated).
     */
    record Case(String template, String action, List<String> restated, List<String> recorded) {
        static Case done(String template, String... note) {
            List<String> recorded = new ArrayList<>(List.of("\"due\":"));
            recorded.addAll(List.of(note));
            return new Case(template, "DONE", List.of("đã hoàn thành"), recorded);
        }

        static Case progress(String template, int percent, String... note) {
            List<String> recorded = new ArrayList<>(List.of("\"percent\":" + percent));
            recorded.addAll(List.of(note));
            return new Case(template, "PROGRESS", List.of(percent + "%"), recorded);
        }

        static Case extension(String template, String date, String iso, String... reason) {
            List<String> recorded = new ArrayList<>(List.of(iso));
            recorded.addAll(List.of(reason));
            return new Case(template, "EXTENSION_REQUESTED", List.of("gia hạn", date), recorded);
        }
    }

    /** The six forms of issue 13. */
    static final List<Case> ISSUE = List.of(
            Case.done("đã xong nhiệm vụ {t}"),
            Case.done("xong {t} rồi ạ"),
            Case.progress("nv {t} đạt 60%", 60),
            Case.progress("{t} đang làm được 70%, chờ Sở Tài chính", 70, "chờ Sở Tài chính"),
            Case.extension("xin gia hạn nhiệm vụ {t} đến 15/4 vì chờ ý kiến Bộ", "15/04/2024", "2024-04-15", "chờ ý kiến Bộ"),
            Case.extension("xin lùi hạn {t} sang 30/4", "30/04/2024", "2024-04-30"));

    /** Twenty more, as contacts write them. */
    static final List<Case> OWN = List.of(
            Case.done("da xong nhiem vu {t}"),
            Case.done("Nhiệm vụ {t} đã hoàn thành, đã trình UBND tỉnh", "đã trình UBND tỉnh"),
            Case.done("Báo cáo: nv{t} đã hoàn thành ạ"),
            Case.done("Em xin báo cáo nhiệm vụ số {t} đã thực hiện xong"),
            Case.done("#{t} done"),
            Case.done("NHIỆM VỤ {t} ĐÃ HOÀN TẤT"),
            Case.done("xong nv {t} rồi nhé, đã gửi văn bản số 123/SYT-KH", "đã gửi văn bản số 123/SYT-KH"),
            Case.done("em đã làm xong nhiệm vụ {t}"),
            Case.progress("nhiem vu {t} dat 45%", 45),
            Case.progress("tiến độ nhiệm vụ {t}: 80%", 80),
            Case.progress("nv {t} hoàn thành 90%, còn chờ thẩm định", 90, "còn chờ thẩm định"),
            Case.progress("Nhiệm vụ {t} đã triển khai được 50 phần trăm", 50),
            Case.progress("{t}: đạt 35% - đang lấy ý kiến các sở", 35, "đang lấy ý kiến các sở"),
            Case.progress("đã làm được 25% nhiệm vụ {t}", 25),
            Case.progress("nhiệm vụ {t} đạt 100%", 100),
            Case.extension("xin gia han nhiem vu {t} den 20/4 vi cho kinh phi", "20/04/2024", "2024-04-20", "cho kinh phi"),
            Case.extension("Đề nghị gia hạn nhiệm vụ {t} đến ngày 30/6/2024 do chưa có hướng dẫn của Bộ", "30/06/2024",
                    "2024-06-30", "chưa có hướng dẫn của Bộ"),
            Case.extension("xin kéo dài thời hạn nhiệm vụ {t} sang 15/5 để hoàn thiện hồ sơ", "15/05/2024", "2024-05-15",
                    "hoàn thiện hồ sơ"),
            Case.extension("nv {t} xin lùi hạn đến 31/5, lý do: chờ vốn Trung ương", "31/05/2024", "2024-05-31",
                    "chờ vốn Trung ương"),
            Case.extension("Xin gia hạn #{t} đến ngày 10 tháng 5 năm 2024 vì đang chờ Sở Tài chính thẩm định", "10/05/2024",
                    "2024-05-10", "đang chờ Sở Tài chính thẩm định"));

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;
    /** Open tasks not yet due, one lead each, by the chat of a contact linked for that lead. */
    final Map<Long, Deque<MilestoneLine>> fresh = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        LocalDate today = harness.today();
        Map<Long, List<MilestoneLine>> byTask = harness.tasks.milestones(TaskQuery.all(today)).stream()
                .collect(Collectors.groupingBy(MilestoneLine::taskId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Deque<MilestoneLine>> byLead = new LinkedHashMap<>();
        for (List<MilestoneLine> milestones : byTask.values()) {
            MilestoneLine first = milestones.stream().min(Comparator.comparing(MilestoneLine::seq)).orElseThrow();
            boolean notYetDue = milestones.stream().allMatch(l -> l.status().isOpen() && l.due() != null && l.due().isAfter(today)
                    && l.due().getYear() == 2024);
            if (notYetDue && first.lead().size() == 1) {
                byLead.computeIfAbsent(first.lead().get(0), k -> new ArrayDeque<>()).add(first);
            }
        }
        long chat = AN;
        for (String lead : byLead.keySet().stream().sorted(Comparator.comparing((String l) -> -byLead.get(l).size())).toList()) {
            if (lead.equals("Sở Y tế") || chat != AN) {
                harness.linked(chat, "Đầu mối " + lead, ContactRole.STAFF, lead);
                fresh.put(chat, byLead.get(lead));
                chat = chat == AN ? 2001 : chat + 1;
            }
        }
        assertThat(fresh).containsKey(AN);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void theIssuesSixFormsAreRestatedAndRecordedOnlyOnXacNhan() {
        ISSUE.forEach(this::understoodAndRecorded);
    }

    @Test
    void twentyMoreFormsAreRestatedAndRecordedOnlyOnXacNhan() {
        assertThat(OWN).hasSize(20);
        OWN.forEach(this::understoodAndRecorded);
    }

    @Test
    void huyRecordsNothingAndAButtonPressedTwiceRecordsNothingMore() {
        MilestoneLine task = fresh.get(AN).pop();
        int before = harness.history.of(task.taskId()).size();
        telegram.userSays(AN, "nv " + task.taskId() + " đạt 60%");
        FakeBotApi.Call restated = telegram.awaitMessage(AN, t -> t.contains("Tôi hiểu là") && names(t, task));

        telegram.presses(AN, restated, restated.buttons().get(1));
        telegram.awaitEdit(AN, t -> t.contains("Đã hủy, chưa ghi gì cho nhiệm vụ #" + task.taskId()));
        telegram.presses(AN, restated, restated.buttons().get(0));
        telegram.awaitEdit(AN, t -> t.contains("không còn hiệu lực"));

        assertThat(harness.history.of(task.taskId())).hasSize(before);
    }

    @Test
    void greetingsQuestionsAndThanksRecordNothingAndGetTheOneLineHint() {
        MilestoneLine task = fresh.get(AN).peek();
        long t = task.taskId();
        int before = harness.history.of(t).size();
        List<String> notReports = List.of("chào anh", "cảm ơn ạ", "nhiệm vụ " + t + " là gì?", "Chào buổi sáng, chúc anh một ngày tốt lành",
                "Em cảm ơn anh nhiều", "nhiệm vụ " + t + " đã xong chưa?", "Hạn của nhiệm vụ " + t + " là bao giờ ạ",
                "Có thể gia hạn nhiệm vụ " + t + " không anh?", "vâng, em nhận được rồi ạ", "Nhiệm vụ " + t + " sắp hoàn thành");
        assertThat(notReports).hasSize(10);
        for (String text : notReports) {
            int sent = telegram.sentTo(AN).size();
            telegram.userSays(AN, text);
            telegram.awaitMessage(AN, x -> telegram.sentTo(AN).size() > sent);
            telegram.awaitAllHandled();
            assertThat(telegram.sentTo(AN)).as(text).hasSize(sent + 1);
            FakeBotApi.Call answer = telegram.sentTo(AN).get(sent);
            assertThat(answer.text()).as(text).startsWith("Tôi chưa hiểu tin này.");
            assertThat(answer.text().lines()).hasSize(1);
            assertThat(answer.buttons()).as(text).isEmpty();
        }
        assertThat(harness.history.of(t)).hasSize(before);
        assertThat(harness.extensions.pending()).isEmpty();
    }

    @Test
    void aReplyToAReminderOfOneTaskNeedsNoNumberAndOneOfSeveralAsksWhich() {
        ReminderPass pass = HandWired.reminderPass(harness.db, harness.clock, ReminderPolicy.defaults(),
                new TelegramReminderChannel(harness.outbox(), new SendAttempts(new Pacer(PacingSettings.defaults(), new FakeTicker()),
                        RetrySettings.defaults(), new FakeTicker()), Texts.forCode("vi")),
                new TelegramOfficeAlertChannel(harness.outbox(), new SendAttempts(new Pacer(PacingSettings.defaults(), new FakeTicker()),
                        RetrySettings.defaults(), new FakeTicker()), Texts.forCode("vi")));
        pass.runOnce(harness.clock.instant(), false);
        telegram.awaitAllHandled();
        List<FakeBotApi.Call> reminders = telegram.calls().stream()
                .filter(c -> c.method().equals("sendmessage") && c.text() != null && c.text().contains("nhiệm vụ cần báo cáo")).toList();
        FakeBotApi.Call ofOne = reminders.stream().filter(r -> items(r) == 1).findFirst().orElseThrow();
        FakeBotApi.Call ofSeveral = reminders.stream().filter(r -> items(r) > 1).findFirst().orElseThrow();
        long chat = ofOne.chatId();
        long task = Long.parseLong(ITEM.matcher(ofOne.text()).results().findFirst().orElseThrow().group(1));
        int before = harness.history.of(task).size();

        telegram.userReplies(chat, ofOne, "Đã hoàn thành rồi ạ");

        FakeBotApi.Call restated = telegram.awaitMessage(chat, t -> t.contains("Tôi hiểu là") && t.contains("#" + task + "</b>"));
        assertThat(harness.history.of(task)).hasSize(before);
        telegram.presses(chat, restated, restated.buttons().get(0));
        telegram.awaitEdit(chat, t -> t.contains("Đã ghi nhận nhiệm vụ #" + task));
        assertThat(harness.history.of(task)).extracting(HistoryEntry::action).endsWith("DONE");

        telegram.userReplies(ofSeveral.chatId(), ofSeveral, "đã làm được 80%");
        telegram.awaitMessage(ofSeveral.chatId(), t -> t.startsWith("Tôi chưa rõ nhiệm vụ số mấy.") && t.contains("đạt 60%"));
    }

    @Test
    void inAGroupOnlyWordsThatMentionTheBotOrReplyToItAreRead() {
        harness.linked(GROUP, "Nhóm Sở Y tế", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine first = fresh.get(AN).pop();
        MilestoneLine second = fresh.get(AN).pop();

        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "xong " + first.taskId() + " rồi ạ");
        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "chào cả nhà");
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(GROUP)).isEmpty();

        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "@" + FakeBotApi.BOT_NAME + " xong " + first.taskId() + " rồi ạ");
        FakeBotApi.Call restated = telegram.awaitMessage(GROUP, t -> t.contains("Tôi hiểu là") && names(t, first));
        telegram.groupReplies(GROUP, "Nhóm Sở Y tế", restated, "nv " + second.taskId() + " đạt 40%, đang trình ký");
        FakeBotApi.Call progress = telegram.awaitMessage(GROUP, t -> t.contains("Tôi hiểu là") && names(t, second));
        assertThat(progress.text()).contains("40%", "đang trình ký");
        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "@" + FakeBotApi.BOT_NAME + " chào bot");
        telegram.awaitMessageContaining(GROUP, "Tôi chưa hiểu tin này.");

        telegram.presses(GROUP, restated, restated.buttons().get(0));
        telegram.awaitEdit(GROUP, t -> t.contains("Đã ghi nhận nhiệm vụ #" + first.taskId()));
        HistoryEntry done = harness.history.of(first.taskId()).get(harness.history.of(first.taskId()).size() - 1);
        assertThat(done.action()).isEqualTo("DONE");
        assertThat(done.chatId()).isEqualTo(GROUP);
    }

    @Test
    void anotherAgencysTaskIsRefusedBeforeAnyButtonAndNothingIsRecorded() {
        MilestoneLine ofXayDung = harness.openTaskLedBy("Sở Xây dựng");
        int before = harness.history.of(ofXayDung.taskId()).size();

        telegram.userSays(AN, "đã xong nhiệm vụ " + ofXayDung.taskId());

        FakeBotApi.Call refused = telegram.awaitMessageContaining(AN, "không thuộc Sở Y tế");
        assertThat(refused.buttons()).isEmpty();
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(AN)).noneMatch(c -> c.text().contains("Tôi hiểu là"));
        assertThat(harness.history.of(ofXayDung.taskId())).hasSize(before);
    }

    @Test
    void whatCannotBePlacedGetsOneLineShowingHowToSayIt() {
        long t = fresh.get(AN).peek().taskId();
        telegram.userSays(AN, "xin gia hạn nhiệm vụ " + t);
        telegram.awaitMessageContaining(AN, "Để xin gia hạn, hãy viết ngày mới, như: «xin gia hạn nhiệm vụ " + t + " đến 30/4 vì chờ ý kiến Bộ».");
        telegram.userSays(AN, "nhiệm vụ " + t + " đạt 150%");
        telegram.awaitMessageContaining(AN, "Để báo tiến độ, hãy viết số phần trăm từ 0 đến 100, như: «nhiệm vụ " + t + " đạt 60%».");
        telegram.userSays(AN, "đã xong rồi ạ");
        telegram.awaitMessageContaining(AN, "Tôi chưa rõ nhiệm vụ số mấy. Để báo hoàn thành, hãy viết như: «đã xong nhiệm vụ 47».");
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(AN)).hasSize(3).allSatisfy(c -> {
            assertThat(c.buttons()).isEmpty();
            assertThat(c.text().lines()).hasSize(1);
        });
        assertThat(harness.history.of(t)).extracting(HistoryEntry::action).doesNotContain("DONE", "PROGRESS", "EXTENSION_REQUESTED");
    }

    /** A reminder's task items: "1. <b>#47</b> — …". */
    static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(?m)^\\d+\\. <b>#(\\d+)</b>");

    static long items(FakeBotApi.Call reminder) {
        return ITEM.matcher(reminder.text()).results().count();
    }

    private void understoodAndRecorded(Case c) {
        // The extensions ask for a day in April or May: they go to tasks due before it (Quý I ones).
        boolean early = c.action().equals("EXTENSION_REQUESTED");
        Map.Entry<Long, MilestoneLine> taken = fresh.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(l -> l.due().isBefore(EARLY) == early).limit(1).map(l -> Map.entry(e.getKey(), l)))
                .findFirst().orElseThrow(() -> new AssertionError("no fresh task for " + c.template()));
        long chat = taken.getKey();
        MilestoneLine task = taken.getValue();
        fresh.get(chat).remove(task);
        String text = c.template().replace("{t}", Long.toString(task.taskId()));
        int before = harness.history.of(task.taskId()).size();

        telegram.userSays(chat, text);

        FakeBotApi.Call restated = telegram.awaitMessage(chat, t -> t.contains("Tôi hiểu là") && names(t, task));
        assertThat(restated.text()).as(text).contains(c.restated());
        for (String words : c.recorded().subList(1, c.recorded().size())) {
            assertThat(restated.text()).as(text).contains(words);
        }
        assertThat(restated.buttons()).as(text).hasSize(2).allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(64));
        telegram.awaitAllHandled();
        assertThat(harness.history.of(task.taskId())).as("nothing before Xác nhận: " + text).hasSize(before);

        telegram.presses(chat, restated, restated.buttons().get(0));

        telegram.awaitEdit(chat, t -> names(t, task) && !t.contains("Tôi hiểu là"));
        List<HistoryEntry> after = harness.history.of(task.taskId());
        assertThat(after).as(text).hasSize(before + 1);
        HistoryEntry entry = after.get(after.size() - 1);
        assertThat(entry.action()).as(text).isEqualTo(c.action());
        assertThat(entry.chatId()).isEqualTo(chat);
        assertThat(entry.detail()).as(text).contains(c.recorded());
    }

    /** The message names this task, not one whose number starts alike. */
    static boolean names(String text, MilestoneLine task) {
        return java.util.regex.Pattern.compile("#" + task.taskId() + "(?!\\d)").matcher(text).find();
    }
}
