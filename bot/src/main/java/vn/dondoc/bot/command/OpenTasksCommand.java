package vn.dondoc.bot.command;

import java.util.List;

/** /nhiemvu: the open tasks of the caller's agency (all for the office and leaders), a page at a time. */
final class OpenTasksCommand implements BotCommand {

    @Override
    public List<String> names() {
        return List.of("nhiemvu", "tasks");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        TaskPages.Page page = TaskPages.page(request, TaskPages.Kind.OPEN, 1);
        request.reply(page.html(), page.keyboard());
    }
}
