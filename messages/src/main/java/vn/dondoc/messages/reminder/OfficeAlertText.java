package vn.dondoc.messages.reminder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.reminder.OfficeAlert;
import vn.dondoc.scheduler.reminder.OfficeNotice;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * The office's notice after reminder passes, in HTML: who blocked the bot, which messages failed (and
 * whether dondoc tries again), how many went late after Telegram was out of reach, and what to do.
 */
public final class OfficeAlertText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OfficeZone.ID);

    private final Texts texts;

    public OfficeAlertText(Texts texts) {
        this.texts = texts;
    }

    public String html(OfficeAlert alert) {
        OfficeNotice notice = alert.notice();
        StringBuilder out = new StringBuilder(texts.get(notice.onlyLate() ? "reminder.office.backTitle" : "reminder.office.title",
                WHEN.format(alert.runAt())));
        if (notice.lateMessages() > 0) {
            out.append("\n\n").append(texts.get("reminder.office.late",
                    notice.troubleSince() == null ? "?" : WHEN.format(notice.troubleSince()), notice.lateMessages(),
                    WHEN.format(alert.runAt())));
        }
        section(out, "reminder.office.blocked", notice.blocked());
        section(out, "reminder.office.failed", notice.failed());
        section(out, "reminder.office.retrying", notice.retrying());
        if (!notice.onlyLate()) {
            out.append("\n\n").append(texts.get("reminder.office.next"));
        }
        return out.toString();
    }

    private void section(StringBuilder out, String heading, List<ReminderReport.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("\n\n").append(texts.get(heading));
        for (ReminderReport.Problem p : problems) {
            out.append('\n').append(p.agency() == null
                    ? texts.get("reminder.office.lineNoAgency", p.contactId(), Html.escape(p.name()), Html.escape(p.reason()))
                    : texts.get("reminder.office.line", p.contactId(), Html.escape(p.name()), Html.escape(p.agency()),
                    Html.escape(p.reason())));
        }
    }
}
