package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestRegisters;

/**
 * The packaged jar sending 2,000 reminders is killed (SIGKILL: no shutdown hook, no cleanup) part-way
 * through and started again: every reminder arrives, and at most the messages under way at the kill
 * (DONDOC_SEND_IN_FLIGHT, 8 as by default) twice. On the SQLite file, and on PostgreSQL in failsafe's
 * execution {@code postgresql} (the register through TestRegisters).
 */
class RemindCrashIT {

    static final int CHATS = 2_000;
    static final long FIRST_CHAT = 500_000_000L;
    static final String NOW = "2024-06-14T01:00:00Z"; // Friday 08:00 in Vietnam, the due day of every task
    static final int KILL_AFTER = 600;
    /** Messages under way at once: the most a kill can leave sent and not written down. */
    static final int IN_FLIGHT = 8;

    @TempDir
    Path dir;

    @Test
    void aKilledRunStartedAgainDeliversEveryReminderAndAtMostTheOnesInFlightTwice() throws Exception {
        Path register = dir.resolve("dondoc.db");
        fill(register);
        try (FakeBotApi telegram = new FakeBotApi()) {
            long start = System.nanoTime();
            Process first = dondoc(register, telegram, "first");
            awaitSends(telegram, KILL_AFTER, first);
            boolean aliveAtKill = first.isAlive();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int beforeKill = sends(telegram).size();

            Process second = dondoc(register, telegram, "second");
            assertThat(second.waitFor(150, TimeUnit.SECONDS)).as("the second run finishes").isTrue();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8)).isZero();
            Map<Long, Long> perChat = sends(telegram).stream().collect(Collectors.groupingBy(c -> c.chatId(), Collectors.counting()));
            List<Long> twice = perChat.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            System.out.printf("RemindCrashIT: %d sent before the kill, %d after, %d chat(s) twice %s, %d s in all%n",
                    beforeKill, sends(telegram).size() - beforeKill, twice.size(), twice, seconds);

            assertThat(aliveAtKill).as("killed while still sending").isTrue();
            assertThat(beforeKill).isBetween(KILL_AFTER, CHATS - 1);
            assertThat(perChat).as("every chat got its reminder").hasSize(CHATS);
            assertThat(perChat.values()).as("nobody got it three times").allMatch(n -> n <= 2);
            assertThat(twice).as("only the messages in flight at the kill went twice").hasSizeLessThanOrEqualTo(IN_FLIGHT);
            try (RegisterDatabase db = TestRegisters.open(register)) {
                assertThat(db.jdbc().queryForList("SELECT status || ' ' || count(*) FROM delivery GROUP BY status", String.class))
                        .containsExactly("SENT " + CHATS);
            }
        }
    }

    private static List<FakeBotApi.Call> sends(FakeBotApi telegram) {
        return telegram.calls().stream().filter(c -> c.method().equals("sendmessage")).toList();
    }

    /** A guard against a hang, not a speed test. */
    private static void awaitSends(FakeBotApi telegram, int count, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (sends(telegram).size() < count) {
            assertThat(process.isAlive()).as("the first run is still sending").isTrue();
            assertThat(System.nanoTime()).as("%d messages sent within 90 s", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Process dondoc(Path register, FakeBotApi telegram, String name) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(TestRegisters.environment(register));
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        env.put("TELEGRAM_API_URL", telegram.url());
        env.put("DONDOC_SEND_PER_SECOND", "30");
        env.put("DONDOC_SEND_IN_FLIGHT", Integer.toString(IN_FLIGHT));
        return JarProcesses.start(dir, name, env, "remind", "--now", NOW);
    }

    /** 2,000 agencies, each with one STAFF contact in its own chat and one task due on {@link #NOW}'s day. */
    private static void fill(Path file) {
        String at = "2024-06-01T01:00:00Z";
        try (RegisterDatabase db = TestRegisters.open(file)) {
            db.inTransaction(() -> {
                // The transaction's own connection: the pool has only one.
                Connection c = DataSourceUtils.getConnection(db.dataSource());
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO source_document (id, number, number_key, issued_on, plan_year, imported_at)"
                            + " VALUES (1, '9/KH-UBND', '9/kh-ubnd', '2024-06-01', 2024, '" + at + "')");
                    batch(c, "INSERT INTO agency (id, name, name_key, created_at) VALUES (?, ?, ?, '" + at + "')",
                            i -> List.of(i, "Cơ quan " + i, "co quan " + i));
                    batch(c, "INSERT INTO task (id, source_id, item, title, deadline_text, deadline_kind, created_at, updated_at)"
                            + " VALUES (?, 1, ?, ?, '14/6/2024', 'FIXED', '" + at + "', '" + at + "')",
                            i -> List.of(i, Integer.toString(i), "Báo cáo số " + i));
                    batch(c, "INSERT INTO milestone (id, task_id, seq, due_on) VALUES (?, ?, 1, '2024-06-14')", i -> List.of(i, i));
                    batch(c, "INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'LEAD', 0)", i -> List.of(i, i));
                    batch(c, "INSERT INTO contact (id, name, role, agency_id, chat_id, status, created_at)"
                                    + " VALUES (?, ?, 'STAFF', ?, ?, 'ACTIVE', '" + at + "')",
                            i -> List.of(i, "Cán bộ " + i, i, FIRST_CHAT + i));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static void batch(Connection c, String sql, Function<Integer, List<Object>> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= CHATS; i++) {
                List<Object> values = row.apply(i);
                for (int v = 0; v < values.size(); v++) {
                    ps.setObject(v + 1, values.get(v));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
