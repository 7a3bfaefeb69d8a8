package vn.dondoc.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
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
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import vn.dondoc.scheduler.delivery.DeliveryError;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.text.LogValue;

/**
 * The bot's connection to Telegram: one OkHttp client shared by the sender and the long-polling
 * receiver, and threads of our own, so that {@link #close()} really stops everything (the library's
 * defaults leave threads behind). Every call has the {@link TelegramTimeouts}: an API that accepts and never
 * answers costs seconds, not minutes; a getUpdates may be held open for its poll timeout plus the read
 * timeout. {@link #close()} cancels the calls in flight, so a stop is obeyed at once.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final OkHttpTelegramClient client;
    /** The long poll under way, if any: started and stopped on its own, while sending goes on. */
    private Polling polling;
    private String username;

    private final TelegramTimeouts timeouts;

    /** With application.yml's timeouts: for tests. */
    public TelegramBot(TelegramSettings settings) {
        this(settings, TelegramTimeouts.defaults());
    }

    public TelegramBot(TelegramSettings settings, TelegramTimeouts timeouts) {
        if (!settings.hasToken()) {
            throw new IllegalArgumentException("no token");
        }
        this.settings = settings;
        this.timeouts = timeouts;
        Duration longPoll = timeouts.poll().plus(timeouts.read());
        this.http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                // A long poll is held open by Telegram on purpose: it alone may take longer.
                .addInterceptor(chain -> chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates")
                        ? chain.withReadTimeout((int) longPoll.toMillis(), TimeUnit.MILLISECONDS).proceed(chain.request())
                        : chain.proceed(chain.request()))
                .build();
        this.url = settings.telegramUrl();
        this.client = new OkHttpTelegramClient(http, settings.token(), url);
        this.username = settings.username();
        // SIGTERM while start() waits on getMe: Spring's own hook waits for the start to end, so end it.
        this.cancelOnShutdown = new Thread(this::cancelCalls, "telegram-cancel-on-shutdown");
        Runtime.getRuntime().addShutdownHook(cancelOnShutdown);
    }

    private final Thread cancelOnShutdown;

    public Outbox outbox() {
        return new TelegramOutbox(client, settings.token());
    }

    /** Files sent to the bot, fetched through the same client and Bot API. */
    public FileDownloads downloads() {
        return new TelegramDownloads(client, http, settings);
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
        introduce(menu);
        startPolling(handler);
    }

    /**
     * Asks Telegram who we are (the name invite links need) and sets the command menu (name → description) that
     * Telegram shows when a person types "/". Every node does this; only one polls ({@link #startPolling}).
     */
    public void introduce(java.util.Map<String, String> menu) {
        try {
            var me = client.execute(new GetMe());
            if (me.getUserName() != null) {
                username = me.getUserName();
            }
        } catch (TelegramApiRequestException e) {
            log.warn("getMe failed ({}); bot name {}", LogValue.of(Secrets.scrub(e.getMessage(), settings.token())), username);
        } catch (TelegramApiException e) {
            // No answer at all (refused, timed out, cancelled by a stop): the other start-up calls would only wait too.
            throw unreachable(e);
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
    }

    /**
     * Starts receiving updates, from the first one Telegram has not had confirmed: a poller taking over from one
     * that died gets again the last batch the dead one received and had not yet confirmed by its next poll (it
     * polls again as soon as it has handed a batch to the chats' queues, so that is at most the updates of the
     * moment it died). Receiving is at least once for those; what was queued and not yet answered is lost, as
     * after a crash of the only node.
     */
    public synchronized void startPolling(UpdateHandler handler) {
        if (closed.get()) {
            throw new IllegalStateException("closed");
        }
        if (polling != null) {
            return;
        }
        Polling started = new Polling();
        try {
            int pollSeconds = (int) timeouts.poll().toSeconds();
            started.application.registerBot(settings.token(), () -> url,
                    last -> GetUpdates.builder().limit(100).timeout(pollSeconds).offset(last + 1).build(),
                    new UpdateConsumer(handler, settings.token()));
        } catch (TelegramApiException e) {
            started.stop();
            throw unreachable(e);
        }
        polling = started;
        log.info("Bot @{} đang nhận tin nhắn qua {}.", username, settings.apiUrl());
    }

    /** Stops receiving updates now (a long poll under way is cut short); sending goes on. */
    public synchronized void stopPolling() {
        if (polling != null) {
            polling.stop();
            polling = null;
        }
    }

    /** Whether this bot is receiving updates. */
    public synchronized boolean polling() {
        return polling != null;
    }

    /**
     * One run of the long poll: its own thread, client and sockets, so that stopping it ends exactly it and a
     * later start begins afresh.
     */
    private final class Polling {

        private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        private final PollingSockets sockets = new PollingSockets();
        private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread poller = new Thread(r, "telegram-poller");
            poller.setDaemon(false);
            return poller;
        });
        private final TelegramBotsLongPollingApplication application;

        Polling() {
            // Its own dispatcher: cancelCalls would make the poll fail as "Canceled" past quietWhenClosing, which
            // the library logs as an error; a stop ends the poll by closing its socket instead.
            OkHttpClient client = http.newBuilder().dispatcher(new okhttp3.Dispatcher()).socketFactory(sockets)
                    .retryOnConnectionFailure(false).addInterceptor(chain -> quietWhenClosing(chain, stopping)).build();
            application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> thread);
        }

        void stop() {
            stopping.set(true);
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping the poller: {}", Secrets.scrub(e.getMessage(), settings.token()));
            }
            // The long poll under way is cut short (it would last up to Telegram's timeout) by closing its
            // socket; it ends as an empty answer (see quietWhenClosing), so the library logs no error.
            thread.shutdown();
            sockets.closeAll();
            try {
                if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                thread.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private DondocException unreachable(TelegramApiException e) {
        String reason = e.getMessage() == null && e.getCause() != null ? e.getCause().toString() : e.getMessage();
        return new DondocException(DondocException.Kind.UNAVAILABLE, DeliveryError.UNREACHABLE, null, settings.apiUrl(),
                Secrets.scrub(String.valueOf(reason), settings.token()));
    }

    /**
     * Ends every call in flight now (each fails as cancelled): a stop need not wait for a long poll or for an
     * API that does not answer. Also run when the JVM is told to stop while {@link #start} is still calling.
     */
    public void cancelCalls() {
        http.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        // Both the poller's link and the application context close the bot; the second close does nothing.
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cancelOnShutdown);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs or has run.
        }
        // A call in flight (a long poll, a send to an API that does not answer) ends now, not at its timeout.
        cancelCalls();
        stopPolling();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    /**
     * The library logs any failed getUpdates as an ERROR with a stack trace, even the one we cancel on
     * a normal stop: once closing, a failed poll reads as "no updates" instead.
     */
    private Response quietWhenClosing(Interceptor.Chain chain, java.util.concurrent.atomic.AtomicBoolean stopping) throws IOException {
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
            if (!stopping.get() && !closed.get()) {
                throw e;
            }
            return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
        }
    }
}
