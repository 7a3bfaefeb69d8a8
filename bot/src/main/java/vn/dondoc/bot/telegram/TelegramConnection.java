package vn.dondoc.bot.telegram;

/** The bot, or null without a token; a holder because Spring beans cannot be null. */
public record TelegramConnection(TelegramBot bot) implements AutoCloseable {

    /** The bot's @name once Telegram told us (getMe), else the configured one (for invite links). */
    public String username(TelegramSettings settings) {
        return bot != null ? bot.username() : settings.username();
    }

    /** Closed with the application: a command that sent something lets go of Telegram's threads. */
    @Override
    public void close() {
        if (bot != null) {
            bot.close();
        }
    }
}
