package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.Cancelled;

/**
 * /huy N lý do: the office cancels task N from today ({@code TaskActions.cancel}; its history stays, no more reminders).
 * A reason is required, because the agencies and the digest ask why a task disappeared: without one the bot asks for
 * it, to be answered with Reply.
 */
final class CancelCommand implements BotCommand, Replies {

    @Override
    public List<String> names() {
        return List.of("huy", "cancel");
    }

    @Override
    public Access access() {
        return Access.OFFICE;
    }

    @Override
    public void run(Request request) {
        request.taskNumber(Arguments.first(request.args())).ifPresent(id -> {
            String reason = Arguments.rest(request.args());
            if (reason.isEmpty()) {
                ask(request, id);
            } else {
                cancel(request, id, reason);
            }
        });
    }

    private static void ask(Request request, long id) {
        request.reply(request.text("cancel.promptPrefix") + id + request.text("cancel.prompt"), Keyboard.FORCE_REPLY);
    }

    private static void cancel(Request request, long id, String reason) {
        Cancelled cancelled = request.services().tasks().cancel(request.asCaller(), id, reason.strip());
        request.reply(request.text("cancel.done", cancelled.taskId(), Formats.date(cancelled.on()), Html.escape(reason.strip())));
    }

    @Override
    public Optional<String> askedAbout(Request request, String quoted) {
        return Access.OFFICE.allows(request.caller()) ? Replies.numberAfter(request.text("cancel.promptPrefix"), quoted)
                : Optional.empty();
    }

    @Override
    public void answered(Request request, String number) {
        long id = Long.parseLong(number);
        if (request.args().isBlank()) {
            ask(request, id);
        } else {
            cancel(request, id, request.args());
        }
    }
}
