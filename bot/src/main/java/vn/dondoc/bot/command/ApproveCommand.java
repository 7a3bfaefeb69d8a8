package vn.dondoc.bot.command;

import java.util.List;

/** /duyet N: the office or a leader approves extension request N; the due date moves from today. */
final class ApproveCommand extends DecideCommand {

    ApproveCommand(Notices notices) {
        super(notices, true);
    }

    @Override
    public List<String> names() {
        return List.of("duyet", "approve");
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("a");
    }
}
