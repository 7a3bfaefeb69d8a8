package vn.dondoc.bot.reminder;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderBenchmark;
import vn.dondoc.scheduler.reminder.ReminderKind;
import vn.dondoc.scheduler.reminder.ReminderMessage;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * Not a test: a whole reminder pass (planning, the register's bookkeeping, the real Telegram client, channel
 * and pacer, several messages under way at once) to {@code contacts} people in a made-up register, against a
 * Bot API stand-in on 127.0.0.1 (the JDK's HTTP server) that answers each send {@code latency} after it
 * arrives. Prints the rate reached next to the target (90% of the configured rate), whether the stand-in saw
 * any of Telegram's limits broken, and whether each contact was reminded exactly once.
 */
public final class DeliveryBenchmark {

    /** The share of DONDOC_SEND_PER_SECOND a pass should reach: the rest goes to the register and the network. */
    static final double TARGET_SHARE = 0.9;
    /**
     * Arrival times at the stand-in wobble by this much (a sending thread waiting for a core between its turn and
     * its request, more so on a loaded machine) without the pacer letting more go: a limit counts as kept when
     * no window of one second less this holds more sends than allowed.
     */
    static final Duration JITTER = Duration.ofMillis(100);
    private static final long FIRST_CHAT = 600_000_000L;
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");

    private DeliveryBenchmark() {
    }

    /** Returns whether no limit was broken and each contact got exactly one message. */
    public static boolean run(int contacts, PacingSettings pacing, int inFlight, Duration latency, PrintStream out)
            throws IOException {
        // Without TCP_NODELAY the JDK server's answers wait for a delayed ACK (~40 ms): the stand-in, not the bot, would be measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AtomicLong ids = new AtomicLong();
        List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A thread per request: the stand-in's latency must not queue the sends behind one another.
        ExecutorService threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            long at = System.nanoTime();
            String request;
            try (InputStream in = exchange.getRequestBody()) {
                request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher chat = CHAT_ID.matcher(request);
            arrivals.add(new Arrival(chat.find() ? Long.parseLong(chat.group(1)) : 0, at));
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"ok\":true,\"result\":{\"message_id\":" + ids.incrementAndGet()
                    + ",\"date\":1718326800,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Path dir = Files.createTempDirectory("dondoc-delivery");
        try (TelegramBot bot = new TelegramBot(new TelegramSettings("1:benchmark", url, null));
             ReminderBenchmark.DeliveryRegister register = ReminderBenchmark.deliveryRegister(dir.resolve("register.db"), contacts,
                     FIRST_CHAT)) {
            Ticker ticker = Ticker.system();
            TelegramReminderChannel channel = new TelegramReminderChannel(bot.outbox(),
                    new SendAttempts(new Pacer(pacing, ticker), RetrySettings.defaults(), ticker), Texts.forCode("vi"), inFlight);
            channel.deliver(warmUp()); // class loading, the first connection
            arrivals.clear();
            long t0 = System.nanoTime();
            ReminderReport report = register.remind(channel);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = report.sent() / seconds;
            double target = TARGET_SHARE * pacing.perSecond();

            List<Arrival> seen = List.copyOf(arrivals);
            Duration closestToOneChat = closestToOneChat(seen);
            int mostInASecond = mostWithin(seen, Duration.ofSeconds(1).minus(JITTER));
            int mostInAWholeSecond = mostWithin(seen, Duration.ofSeconds(1));
            boolean chatLimitKept = closestToOneChat == null || closestToOneChat.compareTo(pacing.perChatInterval().minus(JITTER)) >= 0;
            boolean overallLimitKept = mostInASecond <= pacing.perSecond();
            Map<Long, Integer> perChat = new HashMap<>();
            seen.forEach(a -> perChat.merge(a.chatId(), 1, Integer::sum));
            boolean eachOnce = perChat.size() == contacts && perChat.values().stream().allMatch(n -> n == 1)
                    && perChat.keySet().stream().allMatch(c -> c > FIRST_CHAT && c <= FIRST_CHAT + contacts)
                    && register.statuses().equals(Map.of("SENT", contacts));

            out.printf("delivery: remind to %,d contacts, the Bot API stand-in answering in %d ms, up to %d under way at once%n",
                    contacts, latency.toMillis(), inFlight);
            out.printf("delivery: %.1f msg/s, target %.1f/s (90%% of %d/s): %s; %,d of %,d sent in %.1f s%n", rate, target,
                    pacing.perSecond(), rate >= target ? "reached" : "NOT reached", report.sent(), report.messages(), seconds);
            out.printf("limits: at most %d sends within any 1000 ms, %d within any %d ms (%d/s allowed, %d ms for jitter): %s;"
                            + " one chat %s: %s%n",
                    mostInAWholeSecond, mostInASecond, Duration.ofSeconds(1).minus(JITTER).toMillis(), pacing.perSecond(),
                    JITTER.toMillis(), overallLimitKept ? "kept" : "BROKEN",
                    closestToOneChat == null ? "never twice" : "twice at least " + closestToOneChat.toMillis() + " ms apart",
                    chatLimitKept ? "kept" : "BROKEN");
            out.printf("each contact reminded exactly once: %s (%,d chats reached, %,d sends; register %s)%n",
                    eachOnce ? "yes" : "NO", perChat.size(), seen.size(), register.statuses());
            return chatLimitKept && overallLimitKept && eachOnce;
        } finally {
            server.stop(0);
            threads.shutdownNow();
            Files.deleteIfExists(dir);
        }
    }

    /** One send as the stand-in saw it. */
    record Arrival(long chatId, long nanos) {
    }

    /** The least time between two sends to one chat; null when no chat got two. */
    static Duration closestToOneChat(List<Arrival> arrivals) {
        Map<Long, Long> last = new HashMap<>();
        long closest = Long.MAX_VALUE;
        for (Arrival a : sorted(arrivals)) {
            Long before = last.put(a.chatId(), a.nanos());
            if (before != null) {
                closest = Math.min(closest, a.nanos() - before);
            }
        }
        return closest == Long.MAX_VALUE ? null : Duration.ofNanos(closest);
    }

    /** The most sends that arrived within any stretch of {@code window}. */
    static int mostWithin(List<Arrival> arrivals, Duration window) {
        List<Arrival> sorted = sorted(arrivals);
        int most = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to).nanos() - sorted.get(from).nanos() >= window.toNanos()) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    private static List<Arrival> sorted(List<Arrival> arrivals) {
        List<Arrival> sorted = new ArrayList<>(arrivals);
        sorted.sort(java.util.Comparator.comparingLong(Arrival::nanos));
        return sorted;
    }

    private static ReminderMessage warmUp() {
        LocalDate due = LocalDate.of(2024, 6, 14);
        Reminder reminder = new Reminder(0, 0, 0, "9/KH-UBND", "0", "Báo cáo khởi động", List.of("Cơ quan 0"), "14/6/2024", due, due,
                ReminderKind.DUE, 0, due, false, new DueStanding(DueStanding.Kind.DUE_TODAY, 0));
        return new ReminderMessage(0, FIRST_CHAT, "Cán bộ 0", ContactRole.STAFF, "Cơ quan 0", List.of(reminder));
    }
}
