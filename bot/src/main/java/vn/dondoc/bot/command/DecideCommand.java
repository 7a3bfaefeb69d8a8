package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.scheduler.task.ExtensionDecided;
import vn.dondoc.scheduler.task.ExtensionRequest;

/** What /duyet and /tuchoi share: find the request, decide it, tell the requester. */
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
        decide(request, Arguments.first(request.args())).ifPresent(request::reply);
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (!Access.DECIDER.allows(request.caller())) {
            request.reply(request.text("error.decidersOnly"));
            return;
        }
        if (args.size() == 1) {
            decide(request, args.get(0)).ifPresent(html -> request.replaceMessage(html, Keyboard.NONE));
        }
    }

    private Optional<String> decide(Request request, String number) {
        if (number.isEmpty()) {
            request.reply(request.text("decide.missing", request.command()));
            return Optional.empty();
        }
        java.util.OptionalLong parsed = Arguments.number(number);
        if (parsed.isEmpty()) {
            request.reply(request.text("decide.badNumber", Arguments.quote(number), request.command()));
            return Optional.empty();
        }
        long id = parsed.getAsLong();
        ExtensionDecided decided = approve ? request.services().extensions().approve(request.asCaller(), id)
                : request.services().extensions().reject(request.asCaller(), id);
        ExtensionRequest extension = decided.extension();
        notices.extensionDecided(decided, request.caller());
        return Optional.of(request.text(approve ? "decide.approved" : "decide.rejected", id, extension.taskId(),
                Formats.date(extension.requestedDue()), Formats.date(extension.dueBefore())));
    }
}
