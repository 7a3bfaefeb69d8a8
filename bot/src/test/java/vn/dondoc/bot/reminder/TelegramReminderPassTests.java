package vn.dondoc.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.sending.FakeTicker;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RecordingOutbox;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * The reminder pass end to end on the real 152/QĐ-UBND register in a SQLite file: the real telegrambots
 * client against a fake Bot API with Telegram's faults, paced by a fake ticker so that every pause is
 * seen and none is waited for. Two staff contacts per agency, one office contact; Monday 25/03/2024 08:00.
 */
class TelegramReminderPassTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    static final Instant NOW = Instant.parse("2024-03-25T01:00:00Z");
    static final long OFFICE_CHAT = 9_000;

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(NOW);
    FakeBotApi telegram = new FakeBotApi();
    FakeTicker ticker = new FakeTicker();
    TelegramBot bot;
    RecordingOutbox outbox;
    ContactRegister contacts;
    ReminderPass job;
    /** chat → contact id of every staff contact. */
    Map<Long, Long> staff = new LinkedHashMap<>();
    long office;

    @BeforeEach
    void setUp() throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        new DocumentImporter(db, new MutableClock(Instant.parse("2024-01-20T02:00:00Z")), new OfficeCalendar(List.of()))
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        for (Agency agency : new AgencyRegister(db, clock).all()) {
            for (long n = 0; n < 2; n++) {
                long chat = 1_000 + 2 * agency.id() + n;
                staff.put(chat, add("Cán bộ " + (n + 1) + " " + agency.name(), ContactRole.STAFF, agency.id(), chat));
            }
        }
        office = add("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, OFFICE_CHAT);
        bot = new TelegramBot(telegram.settings());
        outbox = new RecordingOutbox(bot.outbox(), ticker);
        Texts texts = Texts.forCode("vi");
        SendAttempts attempts = new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker);
        job = HandWired.reminderPass(db, clock, ReminderPolicy.defaults(), new TelegramReminderChannel(outbox, attempts, texts),
                new TelegramOfficeAlertChannel(outbox, attempts, texts));
    }

    @AfterEach
    void tearDown() throws Exception {
        bot.close();
        telegram.close();
        db.close();
    }

    @Test
    void sendsOneMessagePerChatWithThreeButtonsPerTaskAndNothingTwiceAtTheSameInstant() {
        ReminderReport first = job.runOnce(NOW, false);
        int callsAfterFirst = telegram.calls().size();
        ReminderReport second = job.runOnce(NOW, false);

        assertThat(first.messages()).isGreaterThan(25);
        assertThat(first.sent()).isEqualTo(first.messages());
        Map<Long, List<FakeBotApi.Call>> byChat = messagesByChat();
        assertThat(byChat).hasSize(first.messages());
        byChat.forEach((chat, parts) -> {
            for (int i = 0; i < parts.size() - 1; i++) {
                assertThat(parts.get(i).buttons()).as("buttons go under the last part only").isEmpty();
            }
            FakeBotApi.Call last = parts.get(parts.size() - 1);
            List<String> buttons = last.buttons();
            if (chat == OFFICE_CHAT) {
                assertThat(buttons).as("the office follows up, it does not report").isEmpty();
                assertThat(parts.get(0).text()).contains("nhiệm vụ quá hạn cần đôn đốc").doesNotContain("Báo cáo: /xong");
                return;
            }
            assertThat(buttons).isNotEmpty().hasSizeLessThanOrEqualTo(3 * TelegramReminderChannel.MAX_BUTTON_ROWS);
            String text = String.join("\n", parts.stream().map(FakeBotApi.Call::text).toList());
            for (int row = 0; row < buttons.size(); row += 3) {
                String task = buttons.get(row).substring(2);
                assertThat(buttons.subList(row, row + 3)).containsExactly("d:" + task, "p:" + task, "e:" + task);
                assertThat(text).contains("#" + task);
            }
            if (buttons.size() == 3 * TelegramReminderChannel.MAX_BUTTON_ROWS) {
                assertThat(text).contains("/xem N");
            }
        });
        assertThat(second.planned()).isZero();
        assertThat(second.messages()).isZero();
        assertThat(telegram.calls()).as("a second run at the same instant sends nothing").hasSize(callsAfterFirst);
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM delivery WHERE status <> 'SENT'", Integer.class)).isZero();
    }

    @Test
    void a429PausesEverySenderForItsRetryAfterThenTheMessageGoesOnce() {
        telegram.tooManyRequestsNext("sendmessage", 3);

        ReminderReport report = job.runOnce(NOW, false);

        assertThat(report.sent()).isEqualTo(report.messages());
        List<RecordingOutbox.Attempt> attempts = outbox.attempts;
        assertThat(attempts.get(1).at().minus(attempts.get(0).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(ticker.sleeps).anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
        assertThat(telegram.calls()).filteredOn(c -> c.method().equals("sendmessage:refused")).hasSize(1);
        messagesByChat().forEach((chat, parts) -> assertThat(parts.stream().map(FakeBotApi.Call::text).distinct())
                .as("chat %s got each part once", chat).hasSameSizeAs(parts));
    }

    @Test
    void aServerErrorIsRetriedAfterABackoffAndTheMessageGoesOnce() {
        telegram.serverErrorNext("sendmessage", 502);

        ReminderReport report = job.runOnce(NOW, false);

        assertThat(report.sent()).isEqualTo(report.messages());
        assertThat(report.failed()).isZero();
        long firstChat = outbox.attempts.get(0).chatId();
        List<RecordingOutbox.Attempt> tries = outbox.attemptsTo(firstChat);
        assertThat(tries.get(1).at().minus(tries.get(0).at())).as("backoff").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(telegram.sentTo(firstChat)).hasSize(tries.size() - 1);
        assertThat(telegram.sentTo(OFFICE_CHAT)).noneMatch(c -> c.text().contains("chưa tới được"));
    }

    @Test
    void aServerErrorOnEveryAttemptIsRecordedFailedWithItsReasonAndTheOfficeIsTold() {
        for (int i = 0; i < RetrySettings.defaults().maxAttempts(); i++) {
            telegram.serverErrorNext("sendmessage", 500);
        }

        ReminderReport report = job.runOnce(NOW, false);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.sent()).isEqualTo(report.messages() - 1);
        long failedChat = outbox.attempts.get(0).chatId();
        assertThat(outbox.attemptsTo(failedChat)).hasSize(RetrySettings.defaults().maxAttempts());
        assertThat(telegram.sentTo(failedChat)).isEmpty();
        long contact = staff.get(failedChat);
        assertThat(db.jdbc().queryForList("SELECT DISTINCT status || ' ' || reason FROM delivery WHERE contact_id = ?",
                String.class, contact)).singleElement().asString().startsWith("FAILED 500");
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM delivery WHERE status = 'FAILED' AND contact_id <> ?",
                Integer.class, contact)).isZero();
        String name = contacts.byId(contact).orElseThrow().name();
        assertThat(telegram.sentTo(OFFICE_CHAT)).filteredOn(c -> c.text().contains("chưa tới được")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("#" + contact + " " + name).contains("Gửi không được")
                        .doesNotContain("Đã chặn bot").doesNotContain("Internal Server Error"));
    }

    @Test
    void aContactWhoBlockedTheBotIsMarkedNotRetriedAndReportedToTheOfficeOnce() {
        long blockedChat = staff.keySet().stream().filter(chat -> hasDueReminders(staff.get(chat))).findFirst().orElseThrow();
        long contact = staff.get(blockedChat);
        telegram.blockedBy(blockedChat);

        ReminderReport first = job.runOnce(NOW, false);
        clock.set(NOW.plus(Duration.ofDays(7)));
        int before = telegram.calls().size();
        ReminderReport nextWeek = job.runOnce(clock.instant(), false);

        assertThat(first.blocked()).isEqualTo(1);
        assertThat(telegram.calls()).filteredOn(c -> Long.valueOf(blockedChat).equals(c.chatId()))
                .as("403 is not retried").hasSize(1);
        assertThat(contacts.byId(contact).orElseThrow().status()).isEqualTo(ContactStatus.BLOCKED);
        assertThat(db.jdbc().queryForList("SELECT DISTINCT status FROM delivery WHERE contact_id = ?", String.class, contact))
                .containsExactly("BLOCKED");
        String name = contacts.byId(contact).orElseThrow().name();
        assertThat(telegram.sentTo(OFFICE_CHAT)).filteredOn(c -> c.text().contains("chưa tới được")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("Đã chặn bot").contains("#" + contact + " " + name));
        assertThat(telegram.sentTo(OFFICE_CHAT)).filteredOn(c -> c.text().contains("chưa tới được")).singleElement()
                .as("Telegram's own words stay in the log").satisfies(c -> assertThat(c.text())
                        .doesNotContain("Forbidden").doesNotContain("403").contains("đã chặn bot dondoc"));
        assertThat(nextWeek.messages()).isPositive();
        assertThat(telegram.calls().subList(before, telegram.calls().size()))
                .noneMatch(c -> Long.valueOf(blockedChat).equals(c.chatId()))
                .noneMatch(c -> c.text() != null && c.text().contains("chưa tới được"));
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM delivery WHERE contact_id = ? AND status <> 'BLOCKED'",
                Integer.class, contact)).as("nothing planned for a blocked contact").isZero();
    }

    @Test
    void keepsOneSecondBetweenMessagesToAChatAndTwentyFivePerSecondOverall() {
        // A blocked chat makes the office get its alert right after its own reminder: two messages to one chat.
        telegram.blockedBy(staff.keySet().stream().filter(chat -> hasDueReminders(staff.get(chat))).findFirst().orElseThrow());

        job.runOnce(NOW, false);

        List<RecordingOutbox.Attempt> sends = outbox.attempts;
        assertThat(sends).hasSizeGreaterThan(25);
        assertThat(outbox.attemptsTo(OFFICE_CHAT)).hasSizeGreaterThanOrEqualTo(2);
        Map<Long, Duration> lastTo = new LinkedHashMap<>();
        for (RecordingOutbox.Attempt send : sends) {
            Duration last = lastTo.put(send.chatId(), send.at());
            if (last != null) {
                assertThat(send.at().minus(last)).as("chat %s", send.chatId()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            }
        }
        for (int i = 0; i + 25 < sends.size(); i++) {
            assertThat(sends.get(i + 25).at().minus(sends.get(i).at())).as("26 sends span at least a second")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    private boolean hasDueReminders(long contact) {
        return !db.jdbc().queryForList("SELECT 1 FROM milestone m JOIN task_agency ta ON ta.task_id = m.task_id"
                + " JOIN contact c ON c.agency_id = ta.agency_id WHERE c.id = ? AND ta.role = 'LEAD' AND m.due_on <= '2024-04-05'"
                + " AND m.done_on IS NULL", Integer.class, contact).isEmpty();
    }

    /** sendmessage calls chat by chat, checking that each chat's parts came one after another: one message. */
    private Map<Long, List<FakeBotApi.Call>> messagesByChat() {
        Map<Long, List<FakeBotApi.Call>> byChat = new LinkedHashMap<>();
        Long previous = null;
        for (FakeBotApi.Call call : telegram.calls()) {
            if (!call.method().equals("sendmessage")) {
                continue;
            }
            if (!call.chatId().equals(previous)) {
                assertThat(byChat).as("chat %s got a second message", call.chatId()).doesNotContainKey(call.chatId());
            }
            byChat.computeIfAbsent(call.chatId(), k -> new ArrayList<>()).add(call);
            previous = call.chatId();
        }
        return byChat;
    }

    private long add(String name, ContactRole role, Long agencyId, long chat) {
        return db.inTransaction(() -> contacts.add(new NewContact(name, role, agencyId, List.of(), chat)).id());
    }
}
