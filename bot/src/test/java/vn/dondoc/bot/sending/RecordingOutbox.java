package vn.dondoc.bot.sending;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;

/** Notes the fake time of every attempt to send (refused ones too), then lets the real outbox send it. */
public final class RecordingOutbox implements Outbox {

    public record Attempt(long chatId, Duration at) {
    }

    private final Outbox outbox;
    private final FakeTicker ticker;
    public final List<Attempt> attempts = new ArrayList<>();

    public RecordingOutbox(Outbox outbox, FakeTicker ticker) {
        this.outbox = outbox;
        this.ticker = ticker;
    }

    @Override
    public List<Long> send(long chatId, String html, Keyboard keyboard) {
        synchronized (this) {
            attempts.add(new Attempt(chatId, ticker.elapsed()));
        }
        return outbox.send(chatId, html, keyboard);
    }

    public synchronized List<Attempt> attemptsTo(long chatId) {
        return attempts.stream().filter(a -> a.chatId() == chatId).toList();
    }

    @Override
    public void edit(long chatId, long messageId, String html, Keyboard keyboard) {
        outbox.edit(chatId, messageId, html, keyboard);
    }

    @Override
    public void answerButton(String callbackId, String text) {
        outbox.answerButton(callbackId, text);
    }

    @Override
    public long sendPhoto(long chatId, String fileName, byte[] png, String caption) {
        return outbox.sendPhoto(chatId, fileName, png, caption);
    }

    @Override
    public long sendDocument(long chatId, String fileName, byte[] content, String caption) {
        return outbox.sendDocument(chatId, fileName, content, caption);
    }
}
