package vn.dondoc.scheduler.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.importing.ImportReport.RejectedRow;
import vn.dondoc.scheduler.table.SheetRow;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The rows under a register's header: task rows, group rows (I, II… set the group of the tasks
 * below), and rows to skip (the header repeated at a page break, a row numbering the columns).
 * Every other row is rejected with its line and the reason.
 */
final class RegisterRows {

    // "I", "II.", "IV)", "A", "B." — optionally with the group's title in the same cell.
    private static final Pattern GROUP = Pattern.compile("^([IVXLC]+|[A-Z])[.)]?(?:\\s+(.+))?$");
    private static final Pattern ITEM = Pattern.compile("^\\d+(?:\\.\\d+)*[a-zđ]?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");

    /** One task row as the document wrote it; cells cleaned except the agency cells, whose line breaks separate names. */
    record TaskRow(int line, String item, String groupCode, String groupTitle, String title, String lead,
                   String cooperating, String deadline) {
    }

    record Result(String title, List<TaskRow> tasks, List<RejectedRow> rejected, int groups, boolean itemsQualifiedByGroup) {
    }

    private RegisterRows() {
    }

    static Result read(List<SheetRow> rows, HeaderRow header) {
        String title = header.index() > 0 ? firstCell(rows.get(0)) : null;
        List<TaskRow> tasks = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        String groupCode = null;
        String groupTitle = null;
        int groups = 0;
        for (int i = header.index() + header.rowsUsed(); i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (header.isRepeatedIn(row) || numbersTheColumns(row)) {
                continue;
            }
            String item = text(header.cell(row, ColumnRole.ITEM));
            String taskTitle = text(header.cell(row, ColumnRole.TITLE));
            String lead = header.cell(row, ColumnRole.LEAD);
            String cooperating = header.cell(row, ColumnRole.COOPERATING);
            String deadline = text(header.cell(row, ColumnRole.DEADLINE));
            Matcher group = GROUP.matcher(item);
            if (group.matches() && lead.isBlank() && deadline.isEmpty()) {
                groupCode = group.group(1);
                groupTitle = taskTitle.isEmpty() ? text(group.group(2)) : taskTitle;
                groups++;
                continue;
            }
            Problem reason = problem(item, taskTitle, lead);
            if (reason != null) {
                rejected.add(new RejectedRow(row.line(), reason));
                continue;
            }
            tasks.add(new TaskRow(row.line(), itemNumber(item), groupCode, groupTitle, taskTitle, lead, cooperating, deadline));
        }
        boolean qualified = numberingRestartsPerGroup(tasks);
        if (qualified) {
            tasks = tasks.stream().map(t -> new TaskRow(t.line(), t.groupCode() + "." + t.item(), t.groupCode(),
                    t.groupTitle(), t.title(), t.lead(), t.cooperating(), t.deadline())).toList();
        }
        return new Result(title, withoutDuplicates(tasks, rejected), rejected, groups, qualified);
    }

    private static Problem problem(String item, String title, String lead) {
        if (item.isEmpty()) {
            return Problem.of(ImportError.NO_ITEM);
        }
        if (!ITEM.matcher(itemNumber(item)).matches()) {
            return Problem.of(ImportError.NOT_AN_ITEM, item);
        }
        if (title.isEmpty()) {
            return Problem.of(ImportError.NO_TITLE, itemNumber(item));
        }
        if (lead.isBlank()) {
            return Problem.of(ImportError.NO_LEAD, itemNumber(item));
        }
        return null;
    }

    /** "12." and "12)" are item 12; "1,2" is the decimal comma some documents use for 1.2. */
    private static String itemNumber(String item) {
        return item.replaceAll("[.)]+$", "").replace(',', '.').toLowerCase(java.util.Locale.ROOT);
    }

    /** Documents that number 1, 2, 3… afresh under each group: the item alone does not name a task. */
    private static boolean numberingRestartsPerGroup(List<TaskRow> tasks) {
        Map<String, String> groupOfItem = new HashMap<>();
        for (TaskRow task : tasks) {
            String group = String.valueOf(task.groupCode());
            String earlier = groupOfItem.putIfAbsent(task.item(), group);
            if (earlier != null && !earlier.equals(group) && task.groupCode() != null) {
                return true;
            }
        }
        return false;
    }

    private static List<TaskRow> withoutDuplicates(List<TaskRow> tasks, List<RejectedRow> rejected) {
        Map<String, Integer> lineOfItem = new HashMap<>();
        List<TaskRow> kept = new ArrayList<>();
        for (TaskRow task : tasks) {
            Integer first = lineOfItem.putIfAbsent(task.item(), task.line());
            if (first == null) {
                kept.add(task);
            } else {
                rejected.add(new RejectedRow(task.line(), Problem.of(ImportError.DUPLICATE_ITEM, task.item(), first)));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line));
        return kept;
    }

    /** "1 2 3 4" or "(1) (2) (3)": the row some documents put under the header to number the columns. */
    private static boolean numbersTheColumns(SheetRow row) {
        int expected = 1;
        int seen = 0;
        for (String cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            Matcher number = COLUMN_NUMBER.matcher(cell.trim());
            if (!number.matches() || Integer.parseInt(number.group(1)) != expected) {
                return false;
            }
            expected++;
            seen++;
        }
        return seen >= 3;
    }

    private static String firstCell(SheetRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().map(RegisterRows::text).orElse(null);
    }

    private static String text(String cell) {
        return cell == null ? "" : VietnameseText.clean(cell);
    }
}
