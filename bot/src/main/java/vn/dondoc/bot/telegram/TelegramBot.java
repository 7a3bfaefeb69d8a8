package vn.dondoc.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.dondoc.scheduler.delivery.DeliveryError;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.text.LogValue;

/**
 * The bot's connection to Telegram: one OkHttp client shared by the sender and the long-polling
 * receiver, and threads of our own, so that {@link #close()} really stops everything (the library's
 * defaults leave threads behind).
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final OkHttpTelegramClient client;
    private final ScheduledExecutorService pollerThread;
    private final PollingSockets pollingSockets = new PollingSockets();
    private TelegramBotsLongPollingApplication poller;
    private String username;

    public TelegramBot(TelegramSettings settings) {
        if (!settings.hasToken()) {
            throw new IllegalArgumentException("no token");
        }
        this.settings = settings;
        this.http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        this.url = settings.telegramUrl();
        this.client = new OkHttpTelegramClient(http, settings.token(), url);
        this.pollerThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "telegram-poller");
            thread.setDaemon(false);
            return thread;
        });
        this.username = settings.username();
    }

    public Outbox outbox() {
        return new TelegramOutbox(client, settings.token());
    }

    /** The bot's @name, from getMe (falls back to TELEGRAM_BOT_USERNAME); needed for /cmd@name and invite links. */
    public String username() {
        return username;
    }

    /** Asks Telegram who we are, then starts receiving updates. */
    public void start(UpdateHandler handler) {
        start(handler, java.util.Map.of());
    }

    /** Also sets the command menu (name → description) that Telegram shows when a person types "/". */
    public void start(UpdateHandler handler, java.util.Map<String, String> menu) {
        try {
            var me = client.execute(new GetMe());
            if (me.getUserName() != null) {
                username = me.getUserName();
            }
        } catch (TelegramApiException e) {
            log.warn("getMe failed ({}); bot name {}", LogValue.of(Secrets.scrub(e.getMessage(), settings.token())), username);
        }
        if (!menu.isEmpty()) {
            try {
                client.execute(new org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands(menu.entrySet().stream()
                        .map(e -> new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(e.getKey(), e.getValue()))
                        .toList()));
            } catch (TelegramApiException e) {
                log.warn("setMyCommands failed: {}", LogValue.of(Secrets.scrub(e.getMessage(), settings.token())));
            }
        }
        try {
            OkHttpClient polling = http.newBuilder().socketFactory(pollingSockets).retryOnConnectionFailure(false)
                    .addInterceptor(this::quietWhenClosing).build();
            poller = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> polling, () -> pollerThread);
            poller.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(),
                    new UpdateConsumer(handler, settings.token()));
        } catch (TelegramApiException e) {
            throw new DondocException(DondocException.Kind.UNAVAILABLE, DeliveryError.UNREACHABLE, null, settings.apiUrl(),
                    Secrets.scrub(e.getMessage(), settings.token()));
        }
        log.info("Bot @{} đang nhận tin nhắn qua {}.", username, settings.apiUrl());
    }

    @Override
    public void close() {
        // Both the poller's link and the application context close the bot; the second close does nothing.
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (poller != null) {
            try {
                poller.close();
            } catch (Exception e) {
                log.warn("Stopping the poller: {}", Secrets.scrub(e.getMessage(), settings.token()));
            }
        }
        // The long poll under way is cut short (it would last up to Telegram's timeout) by closing its
        // socket; it ends as an empty answer (see quietWhenClosing), so the library logs no error.
        pollerThread.shutdown();
        pollingSockets.closeAll();
        try {
            if (!pollerThread.awaitTermination(5, TimeUnit.SECONDS)) {
                pollerThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            pollerThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    /**
     * The library logs any failed getUpdates as an ERROR with a stack trace, even the one we cancel on
     * a normal stop: once closing, a failed poll reads as "no updates" instead.
     */
    private Response quietWhenClosing(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        try {
            Response response = chain.proceed(request);
            if (response.body() == null) {
                return response;
            }
            // Read here, where a failure while stopping can still be turned into "no updates".
            MediaType type = response.body().contentType();
            String body = response.body().string();
            return response.newBuilder().body(ResponseBody.create(body, type)).build();
        } catch (IOException e) {
            if (!closed.get()) {
                throw e;
            }
            return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
        }
    }
}
