package vn.dondoc.bot.command;

import java.util.List;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskStatus;

/** /xem N: one task with its milestones and history, and its buttons. */
final class TaskCommand implements BotCommand {

    @Override
    public List<String> names() {
        return List.of("xem", "task");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        String number = Arguments.first(request.args());
        request.task(number, false).ifPresent(task -> {
            List<MilestoneLine> lines = request.services().tasks().milestones(TaskQuery.ofTask(task.taskId(), request.today()));
            String html = TaskViews.detail(request.texts(), lines, request.services().tasks().history(task.taskId()),
                    request.today(), request.services().clock().getZone());
            request.reply(html, TaskViews.actions(request.texts(), request.caller(), TaskStatus.current(lines)));
        });
    }
}
