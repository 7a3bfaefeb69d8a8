package vn.dondoc.bot.reminder;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.TelegramSends;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.reminder.OfficeAlertText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.reminder.OfficeAlert;
import vn.dondoc.scheduler.reminder.OfficeAlertChannel;

/** The office's alert after a reminder run on Telegram: the {@link OfficeAlertText}, cut to Telegram's limit, paced and retried. */
public final class TelegramOfficeAlertChannel implements OfficeAlertChannel {

    private final Outbox outbox;
    private final SendAttempts attempts;
    private final OfficeAlertText text;

    public TelegramOfficeAlertChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.text = new OfficeAlertText(texts);
    }

    @Override
    public DeliveryResult deliver(OfficeAlert alert) {
        long chatId = alert.chatId();
        List<SendAttempts.Send> sends = new ArrayList<>();
        TelegramText.split(text.html(alert))
                .forEach(part -> sends.add(TelegramSends.of(() -> outbox.send(chatId, part, Keyboard.NONE))));
        return attempts.sendAll(chatId, sends);
    }
}
