package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.ExtensionDecided;
import vn.dondoc.scheduler.task.ExtensionRequest;

/** What /duyet and /tuchoi share: find the request, decide it, tell the requester and the other deciders. */
abstract class DecideCommand implements BotCommand, Buttons {

    private final Notices notices;
    private final boolean approve;

    DecideCommand(Notices notices, boolean approve) {
        this.notices = notices;
        this.approve = approve;
    }

    @Override
    public Access access() {
        return Access.DECIDER;
    }

    @Override
    public void run(Request request) {
        number(request, Arguments.first(request.args()))
                .ifPresent(id -> request.reply(decide(request, id, Arguments.note(Arguments.rest(request.args())))));
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (!Access.DECIDER.allows(request.caller())) {
            request.reply(request.text("error.decidersOnly"));
            return;
        }
        if (args.size() == 1) {
            number(request, args.get(0)).ifPresent(id -> pressed(request, id));
        }
    }

    /** The button under a request was pressed: decide at once (overridden to ask for a reason first). */
    void pressed(Request request, long id) {
        request.replaceMessage(decide(request, id, null), Keyboard.NONE);
    }

    OptionalLong number(Request request, String number) {
        if (number.isEmpty()) {
            request.reply(request.text("decide.missing", request.command()));
            return OptionalLong.empty();
        }
        OptionalLong parsed = Arguments.number(number);
        if (parsed.isEmpty()) {
            request.reply(request.text("decide.badNumber", Arguments.quote(number), request.command()));
        }
        return parsed;
    }

    /** Decides request {@code id} with the decider's reason (or none); returns the answer to the decider. */
    String decide(Request request, long id, String reason) {
        ExtensionDecided decided = approve ? request.services().extensions().approve(request.asCaller(), id)
                : request.services().extensions().reject(request.asCaller(), id, reason);
        ExtensionRequest extension = decided.extension();
        notices.extensionDecided(decided, request.caller());
        String answer = request.text(approve ? "decide.approved" : "decide.rejected", id, extension.taskId(),
                Formats.date(extension.requestedDue()), Formats.date(extension.dueBefore()));
        return Optional.ofNullable(reason).map(r -> answer + "\n" + request.text("decide.reason", Html.escape(r))).orElse(answer);
    }
}
