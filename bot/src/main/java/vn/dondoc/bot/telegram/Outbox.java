package vn.dondoc.bot.telegram;

import java.util.List;

/**
 * Where the bot's messages go: Telegram, or the console when no token is set. Texts are Telegram
 * HTML; a text over 4096 characters goes as several messages, the buttons under the last.
 */
public interface Outbox {

    /** Returns Telegram's ids of the messages sent. Throws {@link TelegramFailure} when Telegram refuses. */
    List<Long> send(long chatId, String html, Keyboard keyboard);

    /** Replaces a message's text and buttons (paging a list, confirming a button). */
    void edit(long chatId, long messageId, String html, Keyboard keyboard);

    /** Stops the button's spinner, with a short notice when {@code text} is not null. */
    void answerButton(String callbackId, String text);

    /** Returns Telegram's id of the message; throws {@link TelegramFailure} when Telegram refuses. */
    long sendPhoto(long chatId, String fileName, byte[] png, String caption);

    /** Returns Telegram's id of the message; throws {@link TelegramFailure} when Telegram refuses. */
    long sendDocument(long chatId, String fileName, byte[] content, String caption);

    /** False for the console outbox: what it is given is printed, not delivered, and must not be recorded as sent. */
    default boolean delivers() {
        return true;
    }
}
