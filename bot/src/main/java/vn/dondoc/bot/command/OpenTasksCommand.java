package vn.dondoc.bot.command;

import java.util.List;

/**
 * /nhiemvu [cơ quan]: the open tasks of the caller's agency, a page at a time; the office and leaders get
 * the picture per agency first, or the list of the agency they name (however it is written).
 */
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
        TaskPages.Page page = TaskPages.first(request, TaskPages.Kind.OPEN);
        request.reply(page.html(), page.keyboard());
    }
}
