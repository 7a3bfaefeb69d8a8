package vn.dondoc.bot.command;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.scheduler.task.Progress;

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
        request.taskNumber(Arguments.first(request.args())).ifPresent(id -> {
            request.services().tasks().reportable(request.asCaller(), id);
            String rest = Arguments.rest(request.args());
            Matcher percent = PERCENT.matcher(Arguments.first(rest));
            if (!percent.matches() || Integer.parseInt(percent.group(1)) > 100) {
                request.reply(request.text("progress.badPercent", id));
                return;
            }
            request.reply(record(request, id, Integer.parseInt(percent.group(1)), Arguments.note(Arguments.rest(rest))));
        });
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("p", "p%");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (prefix.equals("p") && args.size() == 1) {
            request.taskNumber(args.get(0)).ifPresent(id -> {
                request.services().tasks().reportable(request.asCaller(), id);
                request.reply(request.text("progress.ask", id), Keyboard.row(
                        new Keyboard.Button("25%", "p%:" + id + ":25"),
                        new Keyboard.Button("50%", "p%:" + id + ":50"),
                        new Keyboard.Button("75%", "p%:" + id + ":75")));
            });
        } else if (prefix.equals("p%") && args.size() == 2 && args.get(1).matches("\\d{1,3}")) {
            request.taskNumber(args.get(0)).ifPresent(id ->
                    request.replaceMessage(record(request, id, Integer.parseInt(args.get(1)), null), Keyboard.NONE));
        }
    }

    private static String record(Request request, long taskId, int percent, String note) {
        Progress progress = request.services().tasks().reportProgress(request.asCaller(), taskId, percent, note);
        return request.text("progress.recorded", progress.taskId(), progress.percent());
    }
}
