package vn.dondoc.bot.command;

import java.util.List;

/** /quahan: open tasks past their due date, the longest overdue first. */
final class OverdueCommand implements BotCommand {

    @Override
    public List<String> names() {
        return List.of("quahan", "overdue");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        TaskPages.Page page = TaskPages.page(request, TaskPages.Kind.OVERDUE, 1);
        request.reply(page.html(), page.keyboard());
    }
}
