package vn.dondoc.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What someone sent the bot, reduced to what dondoc reads: a text message (perhaps a reply to one
 * of the bot's messages), a button press, or a file (a document or photo; its caption is the text).
 * Other updates are not turned into an Incoming.
 */
public record Incoming(
        long updateId,
        long chatId,
        boolean privateChat,
        String chatTitle,
        String senderName,
        Long messageId,
        String text,
        String replyToText,
        /** The username of who wrote the quoted message: in a group, a reply to the bot is read, a reply to a person not. */
        String replyToAuthor,
        String callbackId,
        String callbackData,
        /** The file sent with this message, or null. */
        SentFile file) {

    public boolean isButton() {
        return callbackId != null;
    }

    /** The update as dondoc reads it, or null for updates dondoc does not answer (edits, joins…). */
    static Incoming from(Update update) {
        long id = update.getUpdateId() == null ? -1 : update.getUpdateId();
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null) {
                return null;
            }
            var chat = query.getMessage().getChat();
            return new Incoming(id, query.getMessage().getChatId(), chat == null || "private".equals(chat.getType()),
                    chat == null ? null : chat.getTitle(), name(query.getFrom()),
                    query.getMessage().getMessageId().longValue(), null, null, null, query.getId(), query.getData(), null);
        }
        if (update.hasMessage() && update.getMessage().hasText()) {
            Message message = update.getMessage();
            Message replyTo = message.getReplyToMessage();
            return new Incoming(id, message.getChatId(), "private".equals(message.getChat().getType()),
                    message.getChat().getTitle(), name(message.getFrom()), message.getMessageId().longValue(),
                    message.getText(), replyTo == null ? null : replyTo.getText(),
                    replyTo == null || replyTo.getFrom() == null ? null : replyTo.getFrom().getUserName(), null, null, null);
        }
        if (update.hasMessage() && (update.getMessage().hasDocument() || update.getMessage().hasPhoto())) {
            Message message = update.getMessage();
            return new Incoming(id, message.getChatId(), "private".equals(message.getChat().getType()),
                    message.getChat().getTitle(), name(message.getFrom()), message.getMessageId().longValue(),
                    message.getCaption() == null ? "" : message.getCaption(), null, null, null, null, file(message));
        }
        return null;
    }

    private static SentFile file(Message message) {
        if (message.hasDocument()) {
            var document = message.getDocument();
            return new SentFile(document.getFileId(), document.getFileName(), document.getFileSize(), false);
        }
        // Telegram sends a photo in several sizes, the largest last.
        var photo = message.getPhoto().get(message.getPhoto().size() - 1);
        return new SentFile(photo.getFileId(), null, photo.getFileSize() == null ? null : photo.getFileSize().longValue(), true);
    }

    private static String name(User user) {
        if (user == null) {
            return null;
        }
        String name = user.getFirstName() + (user.getLastName() == null ? "" : " " + user.getLastName());
        return name.isBlank() ? user.getUserName() : name.strip();
    }
}
