package vn.dondoc.bot.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.dondoc.messages.TelegramText;

/** The Bot API through telegrambots' client. Errors become {@link TelegramFailure}s without the token in them. */
final class TelegramOutbox implements Outbox {

    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final String token;

    TelegramOutbox(TelegramClient client, String token) {
        this.client = client;
        this.token = token;
    }

    @Override
    public List<Long> send(long chatId, String html, Keyboard keyboard) {
        List<String> pieces = TelegramText.split(html);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                    .chatId(chatId).text(pieces.get(i)).parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW);
            if (last && !keyboard.isEmpty()) {
                message.replyMarkup(markup(keyboard));
            }
            SendMessage built = message.build();
            ids.add(call(() -> client.execute(built)).getMessageId().longValue());
        }
        return ids;
    }

    @Override
    public void edit(long chatId, long messageId, String html, Keyboard keyboard) {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
                .chatId(chatId).messageId((int) messageId).text(TelegramText.split(html).get(0))
                .parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW);
        if (!keyboard.rows().isEmpty()) {
            edit.replyMarkup((InlineKeyboardMarkup) markup(Keyboard.of(keyboard.rows())));
        }
        EditMessageText built = edit.build();
        call(() -> client.execute(built));
    }

    @Override
    public void answerButton(String callbackId, String text) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build();
        call(() -> client.execute(answer));
    }

    @Override
    public long sendPhoto(long chatId, String fileName, byte[] png, String caption) {
        SendPhoto photo = SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(png), fileName))
                .caption(caption).parseMode(ParseMode.HTML).build();
        return call(() -> client.execute(photo)).getMessageId().longValue();
    }

    @Override
    public long sendDocument(long chatId, String fileName, byte[] content, String caption) {
        SendDocument document = SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName))
                .caption(caption).parseMode(ParseMode.HTML).build();
        return call(() -> client.execute(document)).getMessageId().longValue();
    }

    private static ReplyKeyboard markup(Keyboard keyboard) {
        if (keyboard.forceReply()) {
            return ForceReplyKeyboard.builder().forceReply(true).build();
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    private <T> T call(ApiCall<T> call) {
        try {
            return call.run();
        } catch (TelegramApiRequestException e) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            throw new TelegramFailure(code, scrub(e.getApiResponse() != null ? e.getApiResponse() : e.getMessage()),
                    retryAfter == null ? null : Duration.ofSeconds(retryAfter), null);
        } catch (TelegramApiException e) {
            // A network failure or an unreadable answer: the message may or may not have arrived.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new TelegramFailure(0, scrub(cause.getClass().getSimpleName() + ": " + cause.getMessage()), null, null);
        }
    }

    /** Exceptions can quote the request URL, which holds the token. */
    private String scrub(String text) {
        return Secrets.scrub(text, token);
    }
}
