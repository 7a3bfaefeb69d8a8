package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.ExtensionRequest;
import vn.dondoc.scheduler.task.ExtensionRequested;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * /giahan N dd/mm/yyyy lý do: the lead agency asks to move its due date. The office and the leaders
 * in charge are told at once, with buttons to decide. The Extension button ({@code e:N}) asks for the
 * date and reason as a reply to the bot's question, which comes back here through {@link #answered}.
 */
final class ExtendCommand implements BotCommand, Buttons, Replies {

    private final Notices notices;

    ExtendCommand(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<String> names() {
        return List.of("giahan", "extend");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        request.taskNumber(Arguments.first(request.args())).ifPresent(id -> {
            request.services().tasks().reportable(request.asCaller(), id);
            ask(request, id, Arguments.rest(request.args()));
        });
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("e");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (args.size() != 1) {
            return;
        }
        request.taskNumber(args.get(0)).ifPresent(id -> {
            MilestoneLine current = request.services().tasks().reportable(request.asCaller(), id);
            request.reply(request.text("extend.promptPrefix") + id
                    + request.text("extend.prompt", Formats.date(current.due())), Keyboard.FORCE_REPLY);
        });
    }

    /** The task number when {@code quoted} is our question from the Extension button. */
    @Override
    public Optional<String> askedAbout(Request request, String quoted) {
        return Replies.numberAfter(request.text("extend.promptPrefix"), quoted);
    }

    @Override
    public void answered(Request request, String taskNumber) {
        request.taskNumber(taskNumber).ifPresent(id -> {
            request.services().tasks().reportable(request.asCaller(), id);
            ask(request, id, request.args());
        });
    }

    private void ask(Request request, long taskId, String dateAndReason) {
        String dateText = Arguments.first(dateAndReason);
        String reason = Arguments.note(Arguments.rest(dateAndReason));
        if (dateText.isEmpty()) {
            request.reply(request.text("extend.missingDate", taskId));
            return;
        }
        BotDates.Parsed parsed = BotDates.parse(dateText);
        if (parsed instanceof BotDates.Impossible) {
            request.reply(request.text("error.impossibleDate", Html.escape(dateText)));
            return;
        }
        if (!(parsed instanceof BotDates.Valid valid)) {
            request.reply(request.text("error.badDate", Arguments.quote(dateText), taskId));
            return;
        }
        if (reason == null) {
            request.reply(request.text("extend.missingReason", taskId, Formats.date(valid.date())));
            return;
        }
        ExtensionRequested requested = request.services().extensions().request(request.asCaller(), taskId, valid.date(), reason);
        ExtensionRequest extension = requested.extension();
        request.reply(request.text("extend.requested", extension.id(), taskId, Formats.date(extension.requestedDue())));
        notices.extensionRequested(requested, request.caller());
    }
}
