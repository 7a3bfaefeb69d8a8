package vn.dondoc.bot.command;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.telegram.Keyboard;

/** /tiendo N P% [ghi chú]: how far the lead agency is. The Progress button offers 25/50/75%. */
final class ProgressCommand implements BotCommand, Buttons {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");

    @Override
    public List<String> names() {
        return List.of("tiendo", "progress");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        request.task(Arguments.first(request.args()), true).ifPresent(task -> {
            String rest = Arguments.rest(request.args());
            Matcher percent = PERCENT.matcher(Arguments.first(rest));
            if (!percent.matches() || Integer.parseInt(percent.group(1)) > 100) {
                request.reply(request.text("progress.badPercent", task.taskId()));
                return;
            }
            request.reply(record(request, task.taskId(), Integer.parseInt(percent.group(1)), Arguments.note(Arguments.rest(rest))));
        });
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("p", "p%");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (prefix.equals("p") && args.size() == 1) {
            request.task(args.get(0), true).ifPresent(task -> {
                long id = task.taskId();
                request.reply(request.text("progress.ask", id), Keyboard.row(
                        new Keyboard.Button("25%", "p%:" + id + ":25"),
                        new Keyboard.Button("50%", "p%:" + id + ":50"),
                        new Keyboard.Button("75%", "p%:" + id + ":75")));
            });
        } else if (prefix.equals("p%") && args.size() == 2 && args.get(1).matches("\\d{1,3}")) {
            request.task(args.get(0), true).ifPresent(task ->
                    request.replaceMessage(record(request, task.taskId(), Integer.parseInt(args.get(1)), null), Keyboard.NONE));
        }
    }

    private static String record(Request request, long taskId, int percent, String note) {
        request.services().db().inTransaction(() ->
                request.services().tasks().reportProgress(taskId, percent, request.actor(), note));
        return request.text("progress.recorded", taskId, percent);
    }
}
