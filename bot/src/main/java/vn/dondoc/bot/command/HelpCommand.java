package vn.dondoc.bot.command;

import java.util.List;
import java.util.function.Supplier;
import java.time.LocalDate;
import vn.dondoc.messages.Formats;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.task.TaskList;

/** /trogiup: the commands this chat may use, generated from the registered commands, with examples on its own tasks. */
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
        } else {
            examples(request).ifPresent(examples -> out.append("\n\n").append(examples));
        }
        return out.toString();
    }

    /**
     * Examples on one of the caller's own tasks, so that each works when copied as it is (a fixed
     * number would belong to another agency). None when the caller reports on no open task.
     */
    private static java.util.Optional<String> examples(Request request) {
        java.util.List<TaskList.Item> own = request.services().tasks().open(request.asCaller()).tasks().stream()
                .filter(TaskList.Item::mayReport).filter(i -> i.line().due() != null).toList();
        return own.stream().filter(i -> i.line().kind() == DeadlineKind.FIXED).findFirst()
                .or(() -> own.stream().findFirst())
                .map(item -> {
                    long id = item.line().taskId();
                    LocalDate later = (item.line().due().isAfter(request.today()) ? item.line().due() : request.today()).plusDays(30);
                    return request.text("help.examples", id) + "\n" + request.text("help.example.xem", id)
                            + "\n" + request.text("help.example.tiendo", id)
                            + "\n" + request.text("help.example.giahan", id, Formats.date(later))
                            + "\n" + request.text("help.example.xong", id);
                });
    }

    private String text(Request request) {
        return help(request, commands.get());
    }
}
