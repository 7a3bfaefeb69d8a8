package vn.dondoc.bot.command;

import java.util.List;

/** /tuchoi N: the office or a leader rejects extension request N; the due date stays. */
final class RejectCommand extends DecideCommand {

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
}
