package vn.dondoc.bot.command;

import java.util.List;
import vn.dondoc.scheduler.task.TaskView;

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
        request.taskNumber(number).ifPresent(id -> {
            TaskView task = request.services().tasks().view(request.asCaller(), id);
            String html = TaskViews.detail(request.texts(), task.milestones(), task.history(),
                    request.today(), request.services().clock().getZone());
            request.reply(html, TaskViews.actions(request.texts(), task.current(), task.mayReport()));
        });
    }
}
