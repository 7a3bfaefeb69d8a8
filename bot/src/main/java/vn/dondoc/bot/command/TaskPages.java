package vn.dondoc.bot.command;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.TaskList;

/**
 * The lists of /nhiemvu and /quahan, a page at a time: a few tasks, each with its buttons, and
 * Previous/Next buttons that turn the page in place. Buttons: {@code l:<kind>:<page>}.
 */
final class TaskPages implements Buttons {

    static final int PAGE_SIZE = 5;

    enum Kind {
        OPEN("t"), OVERDUE("o");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            return code.equals(OVERDUE.code) ? OVERDUE : OPEN;
        }
    }

    record Page(String html, Keyboard keyboard) {
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("l");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (args.size() != 2 || !args.get(1).matches("\\d{1,4}")) {
            return;
        }
        Page page = page(request, Kind.of(args.get(0)), Integer.parseInt(args.get(1)));
        request.replaceMessage(page.html(), page.keyboard());
    }

    static Page page(Request request, Kind kind, int page) {
        TaskList list = kind == Kind.OVERDUE ? request.services().tasks().overdue(request.asCaller())
                : request.services().tasks().open(request.asCaller());
        List<TaskList.Item> tasks = list.tasks();
        String scope = list.everyAgency() ? request.text("list.scopeAll") : Html.escape(request.caller().agency());
        if (tasks.isEmpty()) {
            return new Page(request.text(kind == Kind.OVERDUE ? "list.noneOverdue" : "list.noneOpen", scope), Keyboard.NONE);
        }
        int pages = (tasks.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int current = Math.max(1, Math.min(page, pages));
        StringBuilder html = new StringBuilder(request.text(kind == Kind.OVERDUE ? "list.overdueHeader" : "list.openHeader",
                scope, tasks.size(), current, pages));
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (TaskList.Item task : tasks.subList((current - 1) * PAGE_SIZE, Math.min(tasks.size(), current * PAGE_SIZE))) {
            html.append("\n\n").append(TaskViews.block(request.texts(), task.line(), request.today()));
            rows.addAll(TaskViews.actions(request.texts(), task.line(), task.mayReport()).rows());
        }
        html.append("\n\n").append(request.text("list.hint"));
        List<Keyboard.Button> paging = new ArrayList<>();
        if (current > 1) {
            paging.add(new Keyboard.Button(request.text("button.previous"), "l:" + kind.code + ":" + (current - 1)));
        }
        if (current < pages) {
            paging.add(new Keyboard.Button(request.text("button.next"), "l:" + kind.code + ":" + (current + 1)));
        }
        rows.add(paging);
        return new Page(html.toString(), Keyboard.of(rows));
    }
}
