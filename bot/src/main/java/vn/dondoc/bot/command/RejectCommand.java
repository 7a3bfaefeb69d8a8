package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.scheduler.task.ExtensionRequest;

/**
 * /tuchoi N [lý do]: the office or a leader rejects extension request N; the due date stays, and the
 * reason goes to the requester, the history and the other deciders. The button asks for the reason as
 * a reply; answering "không" rejects without one.
 */
final class RejectCommand extends DecideCommand implements Replies {

    RejectCommand(Notices notices) {
        super(notices, false);
    }

    @Override
    public List<String> names() {
        return List.of("tuchoi", "reject");
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("r");
    }

    @Override
    void pressed(Request request, long id) {
        ExtensionRequest extension = request.services().extensions().pending(request.asCaller(), id);
        request.reply(request.text("reject.promptPrefix") + id + request.text("reject.prompt", extension.taskId()),
                Keyboard.FORCE_REPLY);
    }

    @Override
    public Optional<String> askedAbout(Request request, String quoted) {
        return Access.DECIDER.allows(request.caller())
                ? Replies.numberAfter(request.text("reject.promptPrefix"), quoted) : Optional.empty();
    }

    @Override
    public void answered(Request request, String number) {
        String answer = request.args().strip();
        String reason = NO_REASON.contains(CommandWords.fold(answer)) ? null : Arguments.note(answer);
        number(request, number).ifPresent(id -> request.reply(decide(request, id, reason)));
    }

    /** What people answer when they do not want to give a reason. */
    private static final List<String> NO_REASON = List.of("", "khong", "ko", "k", "no", "none");
}
