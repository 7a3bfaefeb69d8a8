package vn.dondoc.bot.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.indicator.IndicatorActions;
import vn.dondoc.scheduler.reminder.MuteActions;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.TaskActions;
import vn.dondoc.scheduler.task.TaskOverview;

/**
 * What the commands work with: the scheduler's use cases (each one transaction, its own permission
 * checks), the texts, and the outbox. {@code botName} is known once Telegram told us (getMe).
 */
public record BotServices(
        TaskActions tasks,
        TaskOverview overview,
        ExtensionActions extensions,
        ContactActions contacts,
        MuteActions mutes,
        IndicatorActions indicators,
        DigestBuilder digests,
        Texts texts,
        Clock clock,
        Outbox outbox,
        Supplier<String> botName) {

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
