package vn.dondoc.bot.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.TaskRegister;

/** What the commands work with. {@code botName} is known once Telegram told us (getMe). */
public record BotServices(
        RegisterDatabase db,
        TaskRegister tasks,
        ContactRegister contacts,
        Texts texts,
        Clock clock,
        Outbox outbox,
        Supplier<String> botName) {

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
