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
}
