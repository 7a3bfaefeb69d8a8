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
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.ReminderMessage;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * The fault of issue 15: the Bot API unreachable for a whole morning while the reminder pass runs every
 * hour (an injected clock moved through the morning), then back. The real telegrambots client talks to a
 * fake Bot API that closes every connection while it is down.
 */
class TelegramOutageTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    /** Monday 25/03/2024 08:00 in Vietnam. */
    static final Instant EIGHT = Instant.parse("2024-03-25T01:00:00Z");
    static final long OFFICE_CHAT = 9_000;

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(EIGHT);
    FakeBotApi telegram = new FakeBotApi();
    FakeTicker ticker = new FakeTicker();
    TelegramBot bot;
    ReminderPass job;

    @BeforeEach
    void setUp() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        new DocumentImporter(db, new MutableClock(Instant.parse("2024-01-20T02:00:00Z")), new OfficeCalendar(List.of()))
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        ContactRegister contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        for (Agency agency : new AgencyRegister(db, clock).all()) {
            long chat = 1_000 + agency.id();
            db.inTransaction(() -> contacts.add(new NewContact("Cán bộ " + agency.name(), ContactRole.STAFF, agency.id(),
                    List.of(), chat)));
        }
        db.inTransaction(() -> contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(),
                OFFICE_CHAT)));
        bot = new TelegramBot(telegram.settings());
        Texts texts = Texts.forCode("vi");
        SendAttempts attempts = new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker);
        job = HandWired.reminderPass(db, clock, ReminderPolicy.defaults(), new TelegramReminderChannel(bot.outbox(), attempts, texts),
                new TelegramOfficeAlertChannel(bot.outbox(), attempts, texts));
    }

    @AfterEach
    void tearDown() throws Exception {
        bot.close();
        telegram.close();
        db.close();
    }

    @Test
    void aMorningWithoutTelegramIsDeliveredOnceWhenItIsBackAndTheOfficeIsToldOnce() {
        // What 08:00 would have sent, had Telegram been there (a dry run records nothing).
        List<ReminderMessage> due = new ArrayList<>();
        job.runOnce(EIGHT, message -> {
            due.add(message);
            return new DeliveryResult.Sent(List.of());
        }, true);
        assertThat(due).hasSizeGreaterThan(10);

        telegram.down(true);
        List<ReminderReport> morning = new ArrayList<>();
        for (int hour = 0; hour < 4; hour++) {
            clock.set(EIGHT.plus(Duration.ofHours(hour)));
            morning.add(job.runOnce(clock.instant(), false));
        }
        assertThat(morning).allSatisfy(r -> assertThat(r.sent()).isZero());
        assertThat(telegram.unanswered()).as("the bot did try").isPositive();
        assertThat(telegram.calls()).as("nothing reached Telegram while it was down").isEmpty();

        telegram.down(false);
        clock.set(EIGHT.plus(Duration.ofHours(4)));
        ReminderReport noon = job.runOnce(clock.instant(), false);
        clock.set(EIGHT.plus(Duration.ofHours(5)));
        ReminderReport afternoon = job.runOnce(clock.instant(), false);

        Map<Long, List<String>> texts = partsByChat();
        assertThat(noon.sent()).isEqualTo(due.size());
        for (ReminderMessage message : due) {
            List<String> parts = texts.getOrDefault(message.chatId(), List.of()).stream()
                    .filter(t -> !t.contains("gửi muộn")).toList();
            assertThat(parts).as("chat %s got nothing twice", message.chatId()).doesNotHaveDuplicates().isNotEmpty();
            String all = String.join("\n", parts);
            message.reminders().forEach(r -> assertThat(all).as("chat %s", message.chatId()).contains("#" + r.taskId()));
        }
        assertThat(texts.keySet()).as("nobody else got anything").containsExactlyInAnyOrderElementsOf(
                due.stream().map(ReminderMessage::chatId).distinct().toList());
        assertThat(texts.get(OFFICE_CHAT)).filteredOn(t -> t.contains("gửi muộn")).as("the office is told of the outage once")
                .singleElement().asString().contains("Telegram").contains("08:00 25/03/2024").contains(due.size() + " tin");
        assertThat(afternoon.messages()).isZero();
        assertThat(db.jdbc().queryForList("SELECT DISTINCT status FROM delivery", String.class)).containsExactly("SENT");
    }

    /** The text of every sendmessage, chat by chat. */
    private Map<Long, List<String>> partsByChat() {
        Map<Long, List<String>> byChat = new LinkedHashMap<>();
        for (FakeBotApi.Call call : telegram.calls()) {
            if (call.method().equals("sendmessage")) {
                byChat.computeIfAbsent(call.chatId(), k -> new ArrayList<>()).add(call.text());
            }
        }
        return byChat;
    }
}
