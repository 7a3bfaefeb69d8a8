package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.messages.Formats;
import vn.dondoc.scheduler.reminder.Mutes;

/**
 * /tatnhac N ngày: no more reminders of task N to this chat for a while (it is in hand). Escalations
 * to the agency head, the office and the leader in charge still go out.
 */
final class MuteCommand implements BotCommand {

    static final int MAX_DAYS = 60;

    @Override
    public List<String> names() {
        return List.of("tatnhac", "mute");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        request.task(Arguments.first(request.args()), false).ifPresent(task -> {
            String days = Arguments.first(Arguments.rest(request.args()));
            if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_DAYS) {
                request.reply(request.text("mute.badDays", task.taskId(), MAX_DAYS,
                        Arguments.quote(days)));
                return;
            }
            LocalDate until = new Mutes(request.services().db(), request.services().clock())
                    .mute(request.caller().id(), task.taskId(), Integer.parseInt(days), request.actor());
            request.reply(request.text("mute.done", task.taskId(), Formats.date(until)));
        });
    }
}
