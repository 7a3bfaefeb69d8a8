package vn.dondoc.bot.command;

import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;

/**
 * /xong N [ghi chú]: the lead agency reports the task's earliest open milestone done today.
 * The Done button asks first ({@code d:N}), and only the confirmation ({@code d!:N}) records it.
 */
final class DoneCommand implements BotCommand, Buttons {

    @Override
    public List<String> names() {
        return List.of("xong", "done");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        request.task(Arguments.first(request.args()), true)
                .ifPresent(task -> request.reply(markDone(request, task.taskId(), Arguments.note(Arguments.rest(request.args())))));
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("d", "d!", "d0");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (args.size() != 1) {
            return;
        }
        switch (prefix) {
            case "d" -> request.task(args.get(0), true).ifPresent(task -> request.reply(
                    request.text("done.confirm", task.taskId()),
                    Keyboard.row(new Keyboard.Button(request.text("button.confirmDone"), "d!:" + task.taskId()),
                            new Keyboard.Button(request.text("button.cancel"), "d0:" + task.taskId()))));
            case "d!" -> request.task(args.get(0), true).ifPresent(task ->
                    request.replaceMessage(markDone(request, task.taskId(), null), Keyboard.NONE));
            default -> request.replaceMessage(request.text("done.cancelled", Html.escape(args.get(0))), Keyboard.NONE);
        }
    }

    private static String markDone(Request request, long taskId, String note) {
        request.services().db().inTransaction(() -> request.services().tasks().markDone(taskId, request.actor(), note));
        return request.text("done.recorded", taskId, Formats.date(request.today()));
    }
}
