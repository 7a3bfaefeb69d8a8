package vn.dondoc.bot.reminder;

import java.io.PrintStream;
import java.util.List;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.reminder.ReminderText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderMessage;

/** Without Telegram (no token, or a dry run): prints each message as it would go, one block per chat. */
public final class ConsoleReminderChannel implements ReminderChannel {

    private final PrintStream out;
    private final Texts texts;
    private final ReminderText text;

    public ConsoleReminderChannel(PrintStream out, Texts texts) {
        this.out = out;
        this.texts = texts;
        this.text = new ReminderText(texts);
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public DeliveryResult deliver(ReminderMessage message) {
        out.println(texts.get("reminder.console.chat", message.chatId(), message.contactId(), message.contactName(),
                texts.get("role." + message.role())));
        out.println(text.plain(message));
        out.println();
        return new DeliveryResult.Sent(List.of());
    }
}
