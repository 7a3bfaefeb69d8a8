package vn.dondoc.bot.command;

import java.util.List;
import vn.dondoc.messages.Formats;
import vn.dondoc.scheduler.reminder.Muted;

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
        request.taskNumber(Arguments.first(request.args())).ifPresent(id -> {
            request.services().tasks().visible(request.asCaller(), id);
            String days = Arguments.first(Arguments.rest(request.args()));
            if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_DAYS) {
                request.reply(request.text("mute.badDays", id, MAX_DAYS,
                        Arguments.quote(days)));
                return;
            }
            Muted muted = request.services().mutes().mute(request.asCaller(), id, Integer.parseInt(days));
            request.reply(request.text("mute.done", muted.taskId(), Formats.date(muted.until())));
        });
    }
}
