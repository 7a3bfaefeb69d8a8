package vn.dondoc.bot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.dondoc.bot.command.BotDispatcher;
import vn.dondoc.bot.telegram.TelegramBot;

/**
 * Starts receiving updates once the application is up, and stops the poller and its threads on
 * shutdown. Without a token there is nothing to receive: it says so, and everything dondoc would
 * send is printed instead.
 */
final class TelegramLink implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLink.class);

    private final TelegramBot bot;
    private final BotDispatcher dispatcher;
    private volatile boolean running;

    TelegramLink(TelegramBot bot, BotDispatcher dispatcher) {
        this.bot = bot;
        this.dispatcher = dispatcher;
    }

    @Override
    public void start() {
        if (bot == null) {
            log.warn("Không có TELEGRAM_BOT_TOKEN: không gửi gì lên Telegram và không nhận lệnh; "
                    + "những gì dondoc sẽ gửi được in ra đây.");
        } else {
            bot.start(dispatcher, dispatcher.menu());
        }
        running = true;
    }

    @Override
    public void stop() {
        if (bot != null) {
            bot.close();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
