package vn.dondoc.messages.reminder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.reminder.OfficeAlert;
import vn.dondoc.scheduler.reminder.OfficeNotice;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * The office's notice after reminder passes, in HTML: who blocked the bot, which messages failed (and
 * whether dondoc tries again), which agencies had something due and nobody to remind, how many went late
 * after Telegram was out of reach, and what to do.
 */
public final class OfficeAlertText {

    private static final Pattern TELEGRAM_CODE = Pattern.compile("(\\d{3})\\b");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OfficeZone.ID);

    private final Texts texts;

    public OfficeAlertText(Texts texts) {
        this.texts = texts;
    }

    public String html(OfficeAlert alert) {
        OfficeNotice notice = alert.notice();
        String title = notice.undelivered() ? "reminder.office.title"
                : notice.unreached().isEmpty() ? "reminder.office.backTitle" : "reminder.office.titleUnreached";
        StringBuilder out = new StringBuilder(texts.get(title, WHEN.format(alert.runAt())));
        if (notice.lateMessages() > 0) {
            out.append("\n\n").append(texts.get("reminder.office.late",
                    notice.troubleSince() == null ? "?" : WHEN.format(notice.troubleSince()), notice.lateMessages(),
                    WHEN.format(alert.runAt())));
        }
        section(out, "reminder.office.blocked", notice.blocked(), true);
        section(out, "reminder.office.failed", notice.failed(), false);
        section(out, "reminder.office.retrying", notice.retrying(), false);
        if (!notice.unreached().isEmpty()) {
            out.append("\n\n").append(texts.get("reminder.office.unreached", notice.unreached().size()));
            for (ReminderReport.Unreached u : notice.unreached()) {
                out.append('\n').append(texts.get("reminder.office.unreachedLine", Html.escape(u.agency()), u.milestones()));
            }
        }
        if (!notice.onlyLate()) {
            out.append("\n\n").append(texts.get("reminder.office.next"));
        }
        return out.toString();
    }

    private void section(StringBuilder out, String heading, List<ReminderReport.Problem> problems, boolean blocked) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("\n\n").append(texts.get(heading));
        for (ReminderReport.Problem p : problems) {
            out.append('\n').append(p.agency() == null
                    ? texts.get("reminder.office.lineNoAgency", p.contactId(), Html.escape(p.name()), reason(p, blocked))
                    : texts.get("reminder.office.line", p.contactId(), Html.escape(p.name()), Html.escape(p.agency()),
                    reason(p, blocked)));
        }
    }

    /**
     * The reason in the office's words: Telegram's own ("403 Forbidden: bot was blocked by the user",
     * "500 Internal Server Error") stays in the delivery log, where the ids are.
     */
    private String reason(ReminderReport.Problem problem, boolean blocked) {
        if (blocked) {
            return texts.get("reminder.office.reason.blocked");
        }
        Matcher code = TELEGRAM_CODE.matcher(problem.reason() == null ? "" : problem.reason());
        if (!code.lookingAt()) {
            return texts.get("reminder.office.reason.network");
        }
        int status = Integer.parseInt(code.group(1));
        String kind = status == 429 ? "tooMany" : status >= 500 ? "server" : "refused";
        return texts.get("reminder.office.reason." + kind, status);
    }
}
