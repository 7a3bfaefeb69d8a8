package vn.dondoc.bot.command;

import java.util.List;

/** /quahan [cơ quan]: open tasks past their due date, the longest overdue first; per agency first for the office and leaders. */
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
        TaskPages.Page page = TaskPages.first(request, TaskPages.Kind.OVERDUE);
        request.reply(page.html(), page.keyboard());
    }
}
