package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestPostgres;

/**
 * Two {@code dondoc run} nodes, each the packaged jar in a process of its own, on one PostgreSQL register and one
 * (fake) Telegram: one of them polls, a message gets one answer, and when the polling node is killed (SIGKILL: no
 * shutdown hook, nothing let go by hand) the other answers within 30 s. Reminder passes started on both nodes at
 * the same instant (their start-up passes, then two {@code remind} processes) remind each contact once.
 */
class ClusterFailoverIT {

    static final String REAL = DondocJarIT.REAL;
    /** Contacts linked before the nodes start (reminded by the start-up passes), and those linked later. */
    static final long FIRST_CHAT = 7_000_000;
    static final int EARLY_AGENCIES = 16;
    static final int AGENCIES = 33;
    static final long PERSON = 5_550_001;

    @TempDir
    Path dir;
    final List<Process> processes = new ArrayList<>();

    @AfterEach
    void tearDown() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void theOtherNodeAnswersWithinThirtySecondsAfterThePollerIsKilled() throws Exception {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (FakeBotApi telegram = new FakeBotApi()) {
            Map<String, String> env = new HashMap<>(Map.of("DONDOC_DB", server.url(),
                    "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", telegram.url(),
                    // Only the passes this test starts: no hourly or weekly firing while it runs.
                    "DONDOC_REMIND_CRON", "0 0 0 1 1 ? 2099", "DONDOC_DIGEST_CRON", "0 0 0 1 1 ? 2099"));
            if (server.user() != null && !server.user().isBlank()) {
                env.put("DONDOC_DB_USER", server.user());
            }
            if (server.password() != null && !server.password().isEmpty()) {
                env.put("DONDOC_DB_PASSWORD", server.password());
            }
            assertThat(cli(env, "import", "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18")).isZero();
            assertThat(cli(env, "add", "contact", "add", "--name", "Nguyễn Văn An", "--role", "STAFF", "--agency", "Sở Y tế",
                    "--json")).isZero();
            String code = new ObjectMapper().readTree(Files.readString(dir.resolve("add.out"), StandardCharsets.UTF_8))
                    .get("invite").asText();
            try (RegisterDatabase db = RegisterDatabase.open(server)) {
                linkContacts(db, 1, EARLY_AGENCIES);
            }

            // Both nodes at the same instant: their start-up passes race for the same reminders.
            Process a = run("a", env);
            Process b = run("b", env);
            Set<Long> early = chats(1, EARLY_AGENCIES);
            awaitSends(telegram, early, Duration.ofSeconds(90));
            String poller = awaitPoller(Duration.ofSeconds(60));
            Thread.sleep(3_000); // time for a second reminder, were there one
            System.out.printf("ClusterFailoverIT: start-up passes of both nodes sent %s%n", sendsPerChat(telegram, early));
            try (RegisterDatabase db = RegisterDatabase.open(server)) {
                assertRemindedOnce(telegram, db, early, 0);
            }

            telegram.userSays(PERSON, "/start " + code);
            telegram.awaitMessageContaining(PERSON, "Đã liên kết chat này với Nguyễn Văn An");
            Thread.sleep(2_000);
            assertThat(texts(telegram, PERSON)).as("one answer, from the node that polls").hasSize(1);
            assertThat(telegram.conflicts()).as("one poller: no 409").isZero();

            Process polling = poller.equals("a") ? a : b;
            Process other = polling == a ? b : a;
            long killed = System.nanoTime();
            polling.destroyForcibly();
            assertThat(polling.waitFor(10, TimeUnit.SECONDS)).isTrue();
            telegram.userSays(PERSON, "/nhiemvu");
            awaitAnswer(telegram, PERSON, "Nhiệm vụ đang thực hiện", Duration.ofSeconds(30));
            long takeover = (System.nanoTime() - killed) / 1_000_000;
            System.out.printf("ClusterFailoverIT: node %s killed; node %s answered %d ms later%n", poller,
                    poller.equals("a") ? "b" : "a", takeover);
            assertThat(takeover).as("answered by the other node within 30 s").isLessThan(30_000);
            assertThat(other.isAlive()).isTrue();
            String otherLog = Files.readString(dir.resolve((poller.equals("a") ? "b" : "a") + ".err"), StandardCharsets.UTF_8);
            assertThat(otherLog).contains("Nút khác đang nhận tin nhắn").contains("(this node polls)");
            Thread.sleep(2_000);
            List<String> answers = texts(telegram, PERSON);
            assertThat(answers).as("one answer each: nothing sent twice").doesNotHaveDuplicates();

            // Two reminder passes at the same instant, on the contacts linked since.
            try (RegisterDatabase db = RegisterDatabase.open(server)) {
                linkContacts(db, EARLY_AGENCIES + 1, AGENCIES);
            }
            int answered = telegram.sentTo(PERSON).size();
            Map<Long, Long> earlyBefore = sendsPerChat(telegram, early);
            String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            Process one = JarProcesses.start(dir, "remind1", env, "remind", "--now", now);
            Process two = JarProcesses.start(dir, "remind2", env, "remind", "--now", now);
            processes.add(one);
            processes.add(two);
            assertThat(one.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(two.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String outputs = read("remind1.out") + read("remind1.err") + read("remind2.out") + read("remind2.err");
            System.out.printf("ClusterFailoverIT: the two remind processes ended %d and %d:%n%s", one.exitValue(), two.exitValue(), outputs);
            assertThat(List.of(one.exitValue(), two.exitValue())).as(outputs).contains(0);

            Set<Long> late = chats(EARLY_AGENCIES + 1, AGENCIES);
            System.out.printf("ClusterFailoverIT: the two passes sent %s%n", sendsPerChat(telegram, late));
            late.add(PERSON); // Sở Y tế: Nguyễn Văn An, linked through the bot
            try (RegisterDatabase db = RegisterDatabase.open(server)) {
                assertRemindedOnce(telegram, db, late, answered);
                assertRemindedOnce(telegram, db, early, 0);
                assertThat(db.jdbc().queryForObject("SELECT count(*) FROM delivery WHERE status <> 'SENT'", Integer.class)).isZero();
            }
            assertThat(sendsPerChat(telegram, early)).as("the early contacts, reminded already today, get nothing more")
                    .isEqualTo(earlyBefore);
            assertThat(cli(env, "dry", "remind", "--dry-run", "--now", now)).isZero();
            assertThat(read("dry.out")).as("nothing left to remind").contains(": 0 lời nhắc mới");
            assertThat(telegram.conflicts()).as("no 409 at any time: never two pollers").isZero();
            for (String node : List.of("a", "b")) {
                read(node + ".err").lines().filter(line -> line.contains("Nút ") || line.contains("đang nhận tin nhắn qua"))
                        .forEach(line -> System.out.printf("ClusterFailoverIT: node %s logged: %s%n", node, line));
            }
        }
    }

    private Process run(String name, Map<String, String> env) throws Exception {
        Process process = JarProcesses.start(dir, name, env, "run");
        processes.add(process);
        return process;
    }

    /** Which node logged that it polls ("a" or "b"); the other must say it waits. */
    private String awaitPoller(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String a = read("a.err");
            String b = read("b.err");
            boolean aPolls = a.contains("(this node polls)");
            boolean bPolls = b.contains("(this node polls)");
            assertThat(aPolls && bPolls).as("two pollers:\n%s\n%s", a, b).isFalse();
            if (aPolls || bPolls) {
                assertThat(aPolls ? b : a).as("the other node says it waits").contains("Nút khác đang nhận tin nhắn");
                return aPolls ? "a" : "b";
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no node polls:\n" + read("a.err") + "\n" + read("b.err"));
    }

    private int cli(Map<String, String> env, String name, String... args) throws Exception {
        Process process = JarProcesses.start(dir, name, env, args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            System.out.println(read(name + ".out") + read(name + ".err"));
        }
        return process.exitValue();
    }

    /** One STAFF contact with a chat of its own in each agency from {@code first} to {@code last}, as if linked. */
    private static void linkContacts(RegisterDatabase db, int first, int last) {
        for (int agency = first; agency <= last; agency++) {
            if (agency == 20) {
                continue; // Sở Y tế: linked by invite, through the bot
            }
            db.jdbc().update("INSERT INTO contact (name, role, agency_id, chat_id, status, created_at)"
                    + " VALUES (?, 'STAFF', ?, ?, 'ACTIVE', '2024-01-01T00:00:00Z')", "Cán bộ " + agency, agency, FIRST_CHAT + agency);
        }
    }

    /**
     * Each of {@code chats} got its reminders once: one message (in parts when longer than Telegram takes), every
     * part recorded in the register as sent, no part sent twice, nothing sent that the register does not know of.
     */
    private static void assertRemindedOnce(FakeBotApi telegram, RegisterDatabase db, Set<Long> chats, int answered) {
        Map<Long, Set<Long>> recorded = new TreeMap<>();
        db.jdbc().query("SELECT chat_id, message_ids FROM delivery WHERE status = 'SENT'", rs -> {
            if (chats.contains(rs.getLong(1))) {
                Set<Long> ids = recorded.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>());
                for (String id : rs.getString(2).split("[^0-9]+")) {
                    if (!id.isEmpty()) {
                        ids.add(Long.parseLong(id));
                    }
                }
            }
        });
        for (long chat : chats) {
            // The person also talked to the bot before: only what came after is a reminder.
            List<FakeBotApi.Call> reminders = telegram.sentTo(chat).stream().skip(chat == PERSON ? answered : 0).toList();
            assertThat(reminders).as("chat %d reminded", chat).isNotEmpty();
            assertThat(reminders.stream().map(FakeBotApi.Call::text).toList()).as("chat %d: nothing sent twice", chat)
                    .doesNotHaveDuplicates();
            assertThat(reminders.stream().map(FakeBotApi.Call::messageId).collect(Collectors.toSet()))
                    .as("chat %d: what Telegram took is what the register recorded", chat).isEqualTo(recorded.get(chat));
        }
    }

    private static List<String> texts(FakeBotApi telegram, long chat) {
        return telegram.sentTo(chat).stream().map(FakeBotApi.Call::text).toList();
    }

    private static Set<Long> chats(int first, int last) {
        return LongStream.rangeClosed(first, last).filter(a -> a != 20).map(a -> FIRST_CHAT + a).boxed()
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<Long, Long> sendsPerChat(FakeBotApi telegram, Set<Long> chats) {
        return telegram.calls().stream().filter(c -> c.method().equals("sendmessage") && chats.contains(c.chatId()))
                .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, TreeMap::new, Collectors.counting()));
    }

    private static void awaitSends(FakeBotApi telegram, Set<Long> chats, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (sendsPerChat(telegram, chats).size() < chats.size()) {
            assertThat(System.nanoTime()).as("every chat reminded within %s:\n%s", within, telegram.describe()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitAnswer(FakeBotApi telegram, long chat, String part, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (telegram.sentTo(chat).stream().noneMatch(c -> c.text().contains(part))) {
            assertThat(System.nanoTime()).as("answered within %s", within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private String read(String file) throws java.io.IOException {
        Path path = dir.resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
