package vn.dondoc.bot.digest;

import java.util.List;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.TelegramSends;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestAttachments;
import vn.dondoc.messages.digest.DigestText;
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
 *
 * <p>The chart and the workbook are drawn here, once per scope of a run ({@link DigestAttachments}).
 */
public final class TelegramDigestChannel implements DigestChannel {

    private final Outbox outbox;
    private final SendAttempts attempts;
    private final DigestText text;
    private final DigestAttachments attachments;

    public TelegramDigestChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.text = new DigestText(texts);
        this.attachments = new DigestAttachments(texts);
    }

    /** Through the console outbox (no token) nothing reaches anyone. */
    @Override
    public boolean delivers() {
        return outbox.delivers();
    }

    @Override
    public DeliveryResult deliver(DigestMessage message) {
        long chat = message.chatId();
        Digest digest = message.digest();
        String html = text.html(digest);
        DigestAttachments.Drawn drawn = attachments.of(message);
        return attempts.sendAll(chat, List.of(
                TelegramSends.of(() -> outbox.send(chat, html, Keyboard.NONE)),
                TelegramSends.of(() -> List.of(outbox.sendPhoto(chat, DigestText.chartFileName(digest), drawn.png(),
                        text.chartCaption(digest)))),
                TelegramSends.of(() -> List.of(outbox.sendDocument(chat, DigestText.workbookFileName(digest), drawn.xlsx(),
                        text.workbookCaption(digest))))));
    }
}
