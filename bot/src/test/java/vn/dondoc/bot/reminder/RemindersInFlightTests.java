package vn.dondoc.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.ReminderBenchmark;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * A reminder pass with eight messages under way at once, through the real telegrambots client, against a fake
 * Bot API that answers each send 150 ms after it arrives (a Telegram some way off), on the real clock: the sends
 * overlap, yet the fake server's own arrival times keep 25 a second overall and one a second to a chat. One staff
 * contact per agency in its own chat, each with one task due on Friday 14/06/2024 (in the first test the first
 * one has forty more, so that its message goes as several parts to one chat).
 */
class RemindersInFlightTests {

    static final int CONTACTS = 60;
    static final int IN_FLIGHT = 8;
    static final long FIRST_CHAT = 700_000_000L;
    static final long LONG_CHAT = FIRST_CHAT + 1;
    static final Duration LATENCY = Duration.ofMillis(150);
    /**
     * Arrival times wobble this much with no limit broken: a sending thread may wait for a core between its turn
     * and its request (the build machine is shared). Eight pacers instead of one would still be caught many times over.
     */
    static final Duration JITTER = Duration.ofMillis(100);
    static final Instant NOW = ReminderBenchmark.now();

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(NOW);
    FakeBotApi telegram = new FakeBotApi();
    TelegramBot bot;
    ReminderPass pass;

    @BeforeEach
    void setUp() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        ReminderBenchmark.fillForDelivery(db, CONTACTS, FIRST_CHAT);
        telegram.latency(LATENCY);
        bot = new TelegramBot(telegram.settings());
        Ticker ticker = Ticker.system();
        Texts texts = Texts.forCode("vi");
        SendAttempts attempts = new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker);
        pass = HandWired.reminderPass(db, clock, ReminderPolicy.defaults(),
                new TelegramReminderChannel(bot.outbox(), attempts, texts, IN_FLIGHT),
                new TelegramOfficeAlertChannel(bot.outbox(), attempts, texts));
    }

    @AfterEach
    void tearDown() throws Exception {
        bot.close();
        telegram.close();
        db.close();
    }

    @Test
    void sendsOverlapWhenTelegramIsSlowYetNoLimitIsBrokenAndEachContactIsRemindedOnce() {
        moreTasksForTheFirstAgency(40);

        ReminderReport report = pass.runOnce(NOW, false);
        int callsAfterFirst = telegram.calls().size();
        ReminderReport again = pass.runOnce(NOW, false);

        assertThat(report.messages()).isEqualTo(CONTACTS);
        assertThat(report.sent()).isEqualTo(CONTACTS);
        List<FakeBotApi.Call> sends = sends();
        assertThat(telegram.sentTo(LONG_CHAT)).as("the long message went as several parts").hasSizeGreaterThan(1);
        Map<Long, Long> perChat = sends.stream().collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        assertThat(perChat).hasSize(CONTACTS);
        perChat.forEach((chat, n) -> {
            if (chat != LONG_CHAT) {
                assertThat(n).as("chat %d reminded once", chat).isEqualTo(1);
            }
        });
        assertThat(mostUnderWay(sends)).as("sends waiting for Telegram's answer at one moment").isGreaterThanOrEqualTo(3);
        assertThat(mostWithin(sends, Duration.ofSeconds(1).minus(JITTER))).as("sends within any second").isLessThanOrEqualTo(25);
        List<FakeBotApi.Call> parts = telegram.sentTo(LONG_CHAT);
        for (int i = 1; i < parts.size(); i++) {
            assertThat(Duration.ofNanos(parts.get(i).receivedNanos() - parts.get(i - 1).receivedNanos()))
                    .as("one a second to a chat").isGreaterThanOrEqualTo(Duration.ofSeconds(1).minus(JITTER));
        }
        assertThat(again.messages()).isZero();
        assertThat(telegram.calls()).as("a second pass at the same instant sends nothing").hasSize(callsAfterFirst);
        assertThat(statuses()).containsExactly("SENT " + (CONTACTS + 40));
    }

    @Test
    void a429PausesEverySenderForItsRetryAfterAndTheMessageStillGoesOnce() throws Exception {
        AtomicReference<ReminderReport> done = new AtomicReference<>();
        Thread running = new Thread(() -> done.set(pass.runOnce(NOW, false)), "pass");
        running.start();
        // Mid-pass, with eight under way: the next send is refused with retry_after 2.
        telegram.await(c -> c.method().equals("sendmessage") && c.chatId() == FIRST_CHAT + 10, "the 10th message");
        telegram.tooManyRequestsNext("sendmessage", 2);
        running.join(TimeUnit.SECONDS.toMillis(30));

        ReminderReport report = done.get();
        assertThat(report.sent()).isEqualTo(CONTACTS);
        FakeBotApi.Call refused = telegram.calls().stream().filter(c -> c.method().equals("sendmessage:refused")).findFirst().orElseThrow();
        long answered = refused.receivedNanos() + LATENCY.toNanos();
        List<Long> after = sends().stream().map(FakeBotApi.Call::receivedNanos).filter(t -> t > refused.receivedNanos()).toList();
        assertThat(after.stream().filter(t -> t < answered)).as("others under way while Telegram answered the 429").isNotEmpty();
        // Once the 429 is in, nobody sends until its retry_after is over (a send that had its turn just before may still arrive).
        assertThat(after.stream().filter(t -> t > answered + JITTER.toNanos() && t < answered + Duration.ofSeconds(2).toNanos()))
                .as("sends during the retry_after").isEmpty();
        assertThat(after.stream().filter(t -> t >= answered + Duration.ofSeconds(2).toNanos())).as("sending went on after it").isNotEmpty();
        assertThat(sends()).as("the refused message went once, after the pause, like every other").hasSize(CONTACTS);
        assertThat(sends().stream().map(FakeBotApi.Call::chatId).distinct()).hasSize(CONTACTS);
        assertThat(statuses()).containsExactly("SENT " + CONTACTS);
    }

    @Test
    void aContactWhoBlockedTheBotIsMarkedBlockedWhileTheOthersAreRemindedOnce() {
        long blocked = FIRST_CHAT + 7;
        telegram.blockedBy(blocked);

        ReminderReport report = pass.runOnce(NOW, false);

        assertThat(report.blocked()).isEqualTo(1);
        assertThat(report.sent()).isEqualTo(CONTACTS - 1);
        assertThat(db.jdbc().queryForObject("SELECT status FROM contact WHERE chat_id = ?", String.class, blocked)).isEqualTo("BLOCKED");
        assertThat(db.jdbc().queryForObject("SELECT status FROM delivery WHERE chat_id = ?", String.class, blocked)).isEqualTo("BLOCKED");
        assertThat(telegram.sentTo(blocked)).isEmpty();
        assertThat(sends().stream().collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting())).values())
                .hasSize(CONTACTS - 1);
    }

    /**
     * A stop interrupts the pass (as run's stop does after its 4 s of grace): the pass starts nothing more, the
     * sends under way end, and each one Telegram took is written down before the pass returns; the next pass
     * sends the rest, so nobody gets a reminder twice.
     */
    @Test
    void aStopWritesDownEverySendUnderWayAndTheNextPassSendsTheRestOnce() throws Exception {
        AtomicReference<ReminderReport> stopped = new AtomicReference<>();
        Thread running = new Thread(() -> stopped.set(pass.runOnce(NOW, false)), "pass");
        running.start();
        telegram.await(c -> c.method().equals("sendmessage") && c.chatId() == FIRST_CHAT + 20, "the 20th message");
        running.interrupt();
        running.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(running.isAlive()).as("the pass ends soon after a stop").isFalse();
        int sentByThen = sends().size();
        Thread.sleep(LATENCY.toMillis() * 2);
        assertThat(sends()).as("nothing goes after the pass has ended").hasSize(sentByThen);
        assertThat(stopped.get().deferred()).isPositive();
        List<Long> sentChats = sends().stream().map(FakeBotApi.Call::chatId).distinct().toList();
        List<Long> recorded = db.jdbc().queryForList("SELECT DISTINCT chat_id FROM delivery WHERE status = 'SENT'", Long.class);
        assertThat(recorded).as("every chat Telegram took a message for is written down").containsExactlyInAnyOrderElementsOf(sentChats);

        // Anything given up at the stop failed for a reason that passes: tried again from 5 min on.
        clock.set(NOW.plus(Duration.ofMinutes(6)));
        pass.runOnce(clock.instant(), false);

        assertThat(sends().stream().map(FakeBotApi.Call::chatId).distinct()).as("every contact reminded").hasSize(CONTACTS);
        assertThat(sends().stream().map(c -> c.chatId() + " " + c.text()).toList()).as("nothing twice").doesNotHaveDuplicates();
        assertThat(statuses()).containsExactly("SENT " + CONTACTS);
    }

    private List<FakeBotApi.Call> sends() {
        return telegram.calls().stream().filter(c -> c.method().equals("sendmessage")).toList();
    }

    private List<String> statuses() {
        return db.jdbc().queryForList("SELECT status || ' ' || count(*) FROM delivery GROUP BY status", String.class);
    }

    /** The most sends that arrived within one latency of each other: all of them were waiting for an answer at once. */
    private static int mostUnderWay(List<FakeBotApi.Call> sends) {
        return mostWithin(sends, LATENCY);
    }

    private static int mostWithin(List<FakeBotApi.Call> sends, Duration window) {
        List<Long> times = new ArrayList<>(sends.stream().map(FakeBotApi.Call::receivedNanos).sorted().toList());
        int most = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= window.toNanos()) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /** Long titles, all due the same day and led by agency 1: its contact's message is over Telegram's 4,096 characters. */
    private void moreTasksForTheFirstAgency(int tasks) {
        db.inTransaction(() -> {
            Connection c = DataSourceUtils.getConnection(db.dataSource());
            try {
                for (int i = 1; i <= tasks; i++) {
                    long id = 10_000 + i;
                    run(c, "INSERT INTO task (id, source_id, item, title, deadline_text, deadline_kind, created_at, updated_at)"
                            + " VALUES (?, 1, ?, ?, '14/6/2024', 'FIXED', '2024-06-01T01:00:00Z', '2024-06-01T01:00:00Z')",
                            id, "P" + i, "Tổng hợp, báo cáo kết quả triển khai thực hiện kế hoạch chuyển đổi số của tỉnh, giai đoạn "
                                    + i + ", gửi Sở Thông tin và Truyền thông trước ngày 14/6/2024");
                    run(c, "INSERT INTO milestone (id, task_id, seq, due_on) VALUES (?, ?, 1, '2024-06-14')", id, id);
                    run(c, "INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, 1, 'LEAD', 0)", id);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
