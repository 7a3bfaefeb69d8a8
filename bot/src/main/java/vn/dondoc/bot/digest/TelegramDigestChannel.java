package vn.dondoc.bot.digest;

import java.util.List;
import vn.dondoc.bot.delivery.Pacer;
import vn.dondoc.bot.delivery.PacingSettings;
import vn.dondoc.bot.delivery.RetrySettings;
import vn.dondoc.bot.delivery.SendAttempts;
import vn.dondoc.bot.delivery.TelegramSends;
import vn.dondoc.bot.delivery.Ticker;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.digest.DigestMessage;

/**
 * The digest on Telegram: the text (one message within 4096 characters), then the chart as a photo and
 * the register as an .xlsx document, as three paced and retried sends to the recipient's chat.
 *
 * <p>The text goes first and decides: refused (403) it is Blocked, failed it is Failed, and nothing
 * else is tried. If the photo or the document fails after the text went out, the result is Failed
 * too (naming the parts that were sent): the run then retries the whole digest next time, so the
 * recipient may see the text twice, which is better than a week without the attachments.
 */
public final class TelegramDigestChannel implements DigestChannel {

    private final Outbox outbox;
    private final SendAttempts attempts;
    private final DigestText text;

    public TelegramDigestChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.text = new DigestText(texts);
    }

    /** Paced within Telegram's limits by the default settings, on the system's time. */
    public static TelegramDigestChannel paced(Outbox outbox, Texts texts) {
        Ticker ticker = Ticker.system();
        return new TelegramDigestChannel(outbox,
                new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker), texts);
    }

    @Override
    public DeliveryResult deliver(DigestMessage message) {
        long chat = message.chatId();
        Digest digest = message.digest();
        String html = text.html(digest);
        return attempts.sendAll(chat, List.of(
                TelegramSends.of(() -> outbox.send(chat, html, Keyboard.NONE)),
                TelegramSends.of(() -> List.of(outbox.sendPhoto(chat, DigestText.chartFileName(digest), message.png(),
                        text.chartCaption(digest)))),
                TelegramSends.of(() -> List.of(outbox.sendDocument(chat, DigestText.workbookFileName(digest), message.xlsx(),
                        text.workbookCaption(digest))))));
    }
}
