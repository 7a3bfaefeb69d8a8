package vn.dondoc.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The poller keeps going whatever a handler does, and never writes the token down. */
class TelegramBotTests {

    @Test
    void anExceptionInAHandlerIsLoggedWithTheUpdateIdAndPollingGoesOn() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(UpdateConsumer.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            Outbox outbox = bot.outbox();
            bot.start(incoming -> {
                if (incoming.text().equals("boom")) {
                    throw new IllegalStateException("failed calling " + telegram.url() + "/bot" + FakeBotApi.TOKEN + "/x");
                }
                if (incoming.text().equals("error")) {
                    throw new StackOverflowError("deep");
                }
                outbox.send(incoming.chatId(), "đã nhận: " + incoming.text(), Keyboard.NONE);
            });

            telegram.userSays(7, "boom");
            telegram.userSays(7, "error");
            telegram.userSays(7, "sau đó");

            telegram.awaitMessageContaining(7, "đã nhận: sau đó");
            telegram.awaitAllHandled();
        } finally {
            logger.detachAppender(logged);
        }
        List<ILoggingEvent> errors = logged.list.stream().filter(e -> e.getLevel().toString().equals("ERROR")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).getFormattedMessage()).matches("Update \\d+ failed: .*").contains("***")
                .doesNotContain(FakeBotApi.TOKEN).doesNotContain(FakeBotApi.TOKEN.substring(8));
        assertThat(errors.get(0).getThrowableProxy().getMessage()).doesNotContain(FakeBotApi.TOKEN.substring(8));
    }

    @Test
    void aNormalStopLogsNoErrorFromThePoller() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        try (FakeBotApi telegram = new FakeBotApi()) {
            TelegramBot bot = new TelegramBot(telegram.settings());
            Outbox outbox = bot.outbox();
            bot.start(incoming -> outbox.send(incoming.chatId(), "đã nhận", Keyboard.NONE));
            telegram.userSays(7, "chào");
            telegram.awaitMessageContaining(7, "đã nhận");
            telegram.awaitAllHandled();
            root.addAppender(logged);
            bot.close();
            Thread.sleep(500);
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(logged.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());
    }

    @Test
    void theSettingsNeverPrintTheToken() {
        TelegramSettings settings = new TelegramSettings(FakeBotApi.TOKEN, null, "dondoc_bot");
        assertThat(settings.toString()).doesNotContain(FakeBotApi.TOKEN.substring(8));
        assertThat(settings.apiUrl()).isEqualTo(TelegramSettings.PUBLIC_API);
        assertThat(settings.inviteLink("Ab12")).isEqualTo("https://t.me/dondoc_bot?start=Ab12");
    }

    @Test
    void theFakeApiEndsAnOpenGetUpdatesWith409WhenASecondBotPollsAndASinglePollerNeverMeetsIt() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot one = new TelegramBot(telegram.settings())) {
            Outbox outbox = one.outbox();
            one.start(incoming -> outbox.send(incoming.chatId(), "đã nhận", Keyboard.NONE));
            for (int i = 0; i < 3; i++) {
                telegram.userSays(7, "chào " + i);
                telegram.awaitAllHandled();
            }
            Thread.sleep(1_000);
            assertThat(telegram.conflicts()).as("one poller, polling again and again").isZero();

            try (TelegramBot two = new TelegramBot(telegram.settings())) {
                two.start(incoming -> { });
                long deadline = System.currentTimeMillis() + 10_000;
                while (telegram.conflicts() == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
            }
            assertThat(telegram.conflicts()).as("two pollers with one token, as Telegram answers them").isPositive();
        }
    }

    @Test
    void pollingStopsAndStartsAgainWhileSendingGoesOn() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            Outbox outbox = bot.outbox();
            UpdateHandler echo = incoming -> outbox.send(incoming.chatId(), "đã nhận: " + incoming.text(), Keyboard.NONE);
            bot.start(echo);
            telegram.userSays(7, "một");
            telegram.awaitMessageContaining(7, "đã nhận: một");

            bot.stopPolling();
            assertThat(bot.polling()).isFalse();
            telegram.userSays(7, "hai");
            outbox.send(8, "nhắc việc", Keyboard.NONE);
            Thread.sleep(1_000);
            assertThat(telegram.sentTo(7)).as("nobody receives").hasSize(1);
            assertThat(telegram.sentTo(8)).as("sending goes on").hasSize(1);

            bot.startPolling(echo);
            telegram.awaitMessageContaining(7, "đã nhận: hai");
            assertThat(telegram.conflicts()).isZero();
        }
    }

    /**
     * What the poller that takes over gets: every update Telegram has not had confirmed, i.e. the last batch of a
     * poller that died before its next getUpdates. Receiving is at least once for that batch (see startPolling).
     */
    @Test
    void aPollerTakingOverGetsAgainTheUpdateTheOtherReceivedAndDidNotConfirm() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot dying = new TelegramBot(telegram.settings());
             TelegramBot next = new TelegramBot(telegram.settings())) {
            java.util.concurrent.CountDownLatch received = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.List<Long> first = new java.util.concurrent.CopyOnWriteArrayList<>();
            dying.start(incoming -> {
                first.add(incoming.updateId());
                received.countDown();
                try {
                    release.await(); // dies here, before polling again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            telegram.userSays(7, "báo cáo");
            assertThat(received.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Thread stopping = new Thread(dying::stopPolling);
            stopping.start();
            Thread.sleep(300);
            release.countDown();
            stopping.join(10_000);

            java.util.List<Long> second = new java.util.concurrent.CopyOnWriteArrayList<>();
            next.startPolling(incoming -> second.add(incoming.updateId()));
            long deadline = System.currentTimeMillis() + 10_000;
            while (second.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(second).as("received again by the new poller").isEqualTo(first);
        }
    }
}
