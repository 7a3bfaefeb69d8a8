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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderKind;
import vn.dondoc.scheduler.reminder.ReminderMessage;

/**
 * Not a test: sends reminder messages to distinct chats through the real Telegram client, channel and
 * pacer, against a Bot API stand-in on 127.0.0.1 (the JDK's HTTP server, answering every
 * sendMessage at once), and prints the rate reached next to the target.
 */
public final class DeliveryBenchmark {

    private DeliveryBenchmark() {
    }

    public static void run(int messages, PacingSettings pacing, PrintStream out) throws IOException {
        // Without TCP_NODELAY the JDK server's answers wait for a delayed ACK (~40 ms): the stand-in, not the bot, would be measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AtomicLong ids = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
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
        try (TelegramBot bot = new TelegramBot(new TelegramSettings("1:benchmark", url, null))) {
            Ticker ticker = Ticker.system();
            TelegramReminderChannel channel = new TelegramReminderChannel(bot.outbox(),
                    new SendAttempts(new Pacer(pacing, ticker), RetrySettings.defaults(), ticker), Texts.forCode("vi"));
            channel.deliver(message(0)); // warm-up: class loading, the first connection
            int sent = 0;
            long t0 = System.nanoTime();
            for (int i = 1; i <= messages; i++) {
                if (channel.deliver(message(i)) instanceof DeliveryResult.Sent) {
                    sent++;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf("delivery: %.1f msg/s (target %d/s), %,d of %,d messages to distinct chats in %.1f s%n",
                    sent / seconds, pacing.perSecond(), sent, messages, seconds);
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static ReminderMessage message(int i) {
        LocalDate due = LocalDate.of(2024, 6, 14);
        Reminder reminder = new Reminder(i, i, i, "9/KH-UBND", Integer.toString(i), "Báo cáo kết quả thực hiện số " + i,
                List.of("Cơ quan " + i), "14/6/2024", due, due, ReminderKind.DUE, 0, due, false,
                new DueStanding(DueStanding.Kind.DUE_TODAY, 0));
        return new ReminderMessage(i, 600_000_000L + i, "Cán bộ " + i, ContactRole.STAFF, "Cơ quan " + i, List.of(reminder));
    }
}
