package vn.dondoc.bot.command;

import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.Done;

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
        request.taskNumber(Arguments.first(request.args()))
                .ifPresent(id -> request.reply(markDone(request, id, Arguments.note(Arguments.rest(request.args())))));
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
            case "d" -> request.taskNumber(args.get(0)).ifPresent(id -> {
                request.services().tasks().reportable(request.asCaller(), id);
                request.reply(request.text("done.confirm", id),
                        Keyboard.row(new Keyboard.Button(request.text("button.confirmDone"), "d!:" + id),
                                new Keyboard.Button(request.text("button.cancel"), "d0:" + id)));
            });
            case "d!" -> request.taskNumber(args.get(0)).ifPresent(id ->
                    request.replaceMessage(markDone(request, id, null), Keyboard.NONE));
            default -> request.replaceMessage(request.text("done.cancelled", Html.escape(args.get(0))), Keyboard.NONE);
        }
    }

    private static String markDone(Request request, long taskId, String note) {
        Done done = request.services().tasks().markDone(request.asCaller(), taskId, note);
        return request.text("done.recorded", done.taskId(), Formats.date(done.on()));
    }
}
