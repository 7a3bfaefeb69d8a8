package vn.dondoc.bot.command;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.task.AgencyPicture;
import vn.dondoc.scheduler.task.TaskList;

/**
 * The lists of /nhiemvu and /quahan. An agency gets its own tasks, a page at a time, each with its
 * buttons, and Previous/Next buttons that turn the page in place. The office and leaders, when the
 * register does not fit one page, first get the picture per agency (worst first; a leader's own
 * agencies before the others) with a button per agency. Buttons: {@code l:<kind>:<page>[:<agency>]},
 * {@code l:<kind>:s} for the picture.
 */
final class TaskPages implements Buttons {

    static final int PAGE_SIZE = 5;
    private static final String PICTURE = "s";
    private static final int NAME_ON_BUTTON = 28;

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
        if (args.size() == 2 && args.get(1).equals(PICTURE)) {
            Page page = picture(request, Kind.of(args.get(0)));
            request.replaceMessage(page.html(), page.keyboard());
            return;
        }
        if (args.size() < 2 || args.size() > 3 || !args.get(1).matches("\\d{1,4}")
                || (args.size() == 3 && !args.get(2).matches("\\d{1,12}"))) {
            return;
        }
        Long agency = args.size() == 3 ? Long.valueOf(args.get(2)) : null;
        Page page = page(request, Kind.of(args.get(0)), Integer.parseInt(args.get(1)), agency);
        request.replaceMessage(page.html(), page.keyboard());
    }

    /**
     * What /nhiemvu and /quahan answer: the caller's own list, one agency's when the office or a leader
     * names one, or the picture per agency when the whole register does not fit one page.
     */
    static Page first(Request request, Kind kind) {
        boolean seesAll = request.caller().role().seesEveryTask();
        if (seesAll && !request.args().isBlank()) {
            Agency agency = request.services().overview().agencyNamed(request.asCaller(), request.args());
            return page(request, kind, 1, agency.id());
        }
        return seesAll ? picture(request, kind) : page(request, kind, 1, null);
    }

    static Page picture(Request request, Kind kind) {
        AgencyPicture picture = request.services().overview().picture(request.asCaller(), kind == Kind.OVERDUE);
        if (picture.tasks() <= PAGE_SIZE) {
            return page(request, kind, 1, null);
        }
        StringBuilder html = new StringBuilder(request.text(kind == Kind.OVERDUE ? "list.overdueSummary" : "list.openSummary",
                request.text("list.scopeAll"), picture.tasks(), picture.agencies().size()));
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        List<Keyboard.Button> row = new ArrayList<>();
        for (AgencyPicture.Agency agency : picture.agencies()) {
            String name = Html.escape(agency.name());
            String mark = agency.inCharge() ? "★ " : "• ";
            html.append('\n').append(mark).append(kind == Kind.OVERDUE
                    ? request.text("list.agencyOverdue", name, agency.overdue())
                    : request.text("list.agencyOpen", name, agency.open(), agency.overdue()));
            long count = kind == Kind.OVERDUE ? agency.overdue() : agency.open();
            row.add(new Keyboard.Button(TaskViews.shorten(agency.name(), NAME_ON_BUTTON) + " (" + count + ")",
                    "l:" + kind.code + ":1:" + agency.id()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        rows.add(List.of(new Keyboard.Button(request.text("button.allByDue"), "l:" + kind.code + ":1")));
        return new Page(html.toString(), Keyboard.of(rows));
    }

    static Page page(Request request, Kind kind, int page, Long agency) {
        TaskList list = agency != null ? request.services().overview().ofAgency(request.asCaller(), agency, kind == Kind.OVERDUE)
                : kind == Kind.OVERDUE ? request.services().tasks().overdue(request.asCaller())
                : request.services().tasks().open(request.asCaller());
        List<TaskList.Item> tasks = list.tasks();
        String scope = list.agency() != null ? Html.escape(list.agency())
                : list.everyAgency() ? request.text("list.scopeAll") : Html.escape(request.caller().agency());
        Keyboard back = request.caller().role().seesEveryTask()
                ? Keyboard.row(new Keyboard.Button(request.text("button.byAgency"), "l:" + kind.code + ":" + PICTURE))
                : Keyboard.NONE;
        if (tasks.isEmpty()) {
            return new Page(request.text(kind == Kind.OVERDUE ? "list.noneOverdue" : "list.noneOpen", scope), back);
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
        String agencySuffix = agency == null ? "" : ":" + agency;
        List<Keyboard.Button> paging = new ArrayList<>();
        if (current > 1) {
            paging.add(new Keyboard.Button(request.text("button.previous"), "l:" + kind.code + ":" + (current - 1) + agencySuffix));
        }
        if (current < pages) {
            paging.add(new Keyboard.Button(request.text("button.next"), "l:" + kind.code + ":" + (current + 1) + agencySuffix));
        }
        rows.add(paging);
        return new Page(html.toString(), Keyboard.of(rows).plus(back));
    }
}
