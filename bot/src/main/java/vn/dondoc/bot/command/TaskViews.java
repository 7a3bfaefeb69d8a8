package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.task.HistoryText;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskStatus;

/** How tasks read in a chat: one short block per task, the task with its history, its buttons. */
final class TaskViews {

    static final int TITLE_LIMIT = 160;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private TaskViews() {
    }

    /** "#12 · 152/QĐ-UBND, mục 47", the title, the due date and status. */
    static String block(Texts texts, MilestoneLine line, LocalDate today) {
        return "<b>#" + line.taskId() + "</b> · " + Html.escape(texts.get("task.item", line.source(), line.item())) + "\n"
                + Html.escape(shorten(line.title(), TITLE_LIMIT)) + "\n"
                + dueAndStatus(texts, line, today);
    }

    static String dueAndStatus(Texts texts, MilestoneLine line, LocalDate today) {
        String status = texts.get("status." + line.status());
        if (line.status() == MilestoneStatus.OPEN_OVERDUE && line.standing() != null) {
            // Working days, as of the day the list is read: the number the reminders and the digest give.
            status += " " + texts.get("task.daysLate", line.standing().workingDays());
        }
        if (line.due() == null) {
            return "<i>" + Html.escape(line.deadlineText()) + "</i> · " + status;
        }
        return texts.get("task.due", Formats.date(line.due())) + " · " + status;
    }

    /** The task in full: agencies, every milestone, the latest of its history. */
    static String detail(Texts texts, List<MilestoneLine> lines, List<HistoryEntry> history, LocalDate today, ZoneId zone) {
        MilestoneLine first = lines.get(0);
        MilestoneLine current = TaskStatus.current(lines);
        StringBuilder out = new StringBuilder();
        out.append("<b>#").append(first.taskId()).append("</b> · ")
                .append(Html.escape(texts.get("task.item", first.source(), first.item()))).append('\n')
                .append(Html.escape(first.title())).append('\n');
        out.append(texts.get("task.lead", Html.escape(String.join(", ", first.lead())))).append('\n');
        if (!first.cooperating().isEmpty()) {
            out.append(texts.get("task.cooperating", Html.escape(String.join(", ", first.cooperating())))).append('\n');
        }
        out.append(texts.get("task.deadlineText", Html.escape(first.deadlineText()))).append('\n');
        out.append(texts.get("task.status", dueAndStatus(texts, current, today))).append('\n');
        if (lines.size() > 1) {
            out.append(texts.get("task.milestones", lines.size())).append('\n');
            for (MilestoneLine line : lines) {
                out.append("• ").append(Formats.date(line.due())).append(" — ").append(texts.get("status." + line.status()));
                if (line.originalDue() != null && !line.originalDue().equals(line.due())) {
                    out.append(' ').append(texts.get("task.extendedFrom", Formats.date(line.originalDue())));
                }
                out.append('\n');
            }
        } else if (current.originalDue() != null && !current.originalDue().equals(current.due())) {
            out.append(texts.get("task.extendedFrom", Formats.date(current.originalDue()))).append('\n');
        }
        List<HistoryEntry> recent = history.subList(Math.max(0, history.size() - 6), history.size());
        if (!recent.isEmpty()) {
            out.append('\n').append(texts.get("task.history")).append('\n');
            for (HistoryEntry entry : recent) {
                out.append("• ").append(WHEN.format(entry.at().atZone(zone))).append(" — ")
                        .append(actor(texts, entry)).append(": ").append(action(texts, entry)).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** Who did it, escaped for Telegram's HTML: the same words as the console's history (messages HistoryText). */
    static String actor(Texts texts, HistoryEntry entry) {
        return Html.escape(new HistoryText(texts).actor(entry));
    }

    /** A history entry in words ("báo cáo hoàn thành", "hủy nhiệm vụ: lý do"…), as the console says it, escaped. */
    static String action(Texts texts, HistoryEntry entry) {
        return Html.escape(new HistoryText(texts).action(entry));
    }

    /** Done / Progress / Extension under a task the caller may report on; nothing otherwise. */
    static Keyboard actions(Texts texts, MilestoneLine line, boolean mayReport) {
        if (!line.status().isOpen() || !mayReport) {
            return Keyboard.NONE;
        }
        long id = line.taskId();
        List<Keyboard.Button> row = new ArrayList<>();
        row.add(new Keyboard.Button(texts.get("button.done", id), "d:" + id));
        row.add(new Keyboard.Button(texts.get("button.progress", id), "p:" + id));
        if (line.due() != null) {
            row.add(new Keyboard.Button(texts.get("button.extend", id), "e:" + id));
        }
        return Keyboard.of(List.of(row));
    }

    static String shorten(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit - 1);
        return text.substring(0, cut > limit / 2 ? cut : limit - 1) + "…";
    }
}
