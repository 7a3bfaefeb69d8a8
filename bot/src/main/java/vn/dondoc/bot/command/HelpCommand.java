package vn.dondoc.bot.command;

import java.util.List;
import java.util.function.Supplier;

/** /trogiup: the commands this chat may use, generated from the registered commands. */
final class HelpCommand implements BotCommand {

    private final Supplier<List<BotCommand>> commands;

    HelpCommand(Supplier<List<BotCommand>> commands) {
        this.commands = commands;
    }

    @Override
    public List<String> names() {
        return List.of("trogiup", "help");
    }

    @Override
    public Access access() {
        return Access.ANYONE;
    }

    @Override
    public void run(Request request) {
        request.reply(text(request));
    }

    static String help(Request request, List<BotCommand> commands) {
        StringBuilder out = new StringBuilder(request.text(request.caller() == null ? "help.headerStranger" : "help.header"));
        for (BotCommand command : commands) {
            if (command.access().allows(request.caller())) {
                List<String> names = command.names();
                out.append("\n/").append(names.get(0));
                if (names.size() > 1) {
                    out.append(" (/").append(String.join(", /", names.subList(1, names.size()))).append(')');
                }
                out.append(" — ").append(request.text(command.helpKey()));
            }
        }
        if (request.caller() == null) {
            out.append("\n\n").append(request.text("start.howToLink"));
        }
        return out.toString();
    }

    private String text(Request request) {
        return help(request, commands.get());
    }
}
