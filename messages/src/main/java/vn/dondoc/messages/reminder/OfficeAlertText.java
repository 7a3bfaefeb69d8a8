package vn.dondoc.messages.reminder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * The office's alert after a reminder run, in HTML: who blocked the bot, which messages failed, which agencies
 * had something due and nobody to remind, what to do.
 */
public final class OfficeAlertText {

    private static final Pattern TELEGRAM_CODE = Pattern.compile("(\\d{3})\\b");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OfficeZone.ID);

    private final Texts texts;

    public OfficeAlertText(Texts texts) {
        this.texts = texts;
    }

    public String html(Instant runAt, ReminderReport report) {
        boolean undelivered = !report.blockedContacts().isEmpty() || !report.failures().isEmpty();
        StringBuilder out = new StringBuilder(texts.get(undelivered ? "reminder.office.title" : "reminder.office.titleUnreached",
                WHEN.format(runAt)));
        section(out, "reminder.office.blocked", report.blockedContacts(), true);
        section(out, "reminder.office.failed", report.failures(), false);
        if (!report.unreached().isEmpty()) {
            out.append("\n\n").append(texts.get("reminder.office.unreached", report.unreached().size()));
            for (ReminderReport.Unreached u : report.unreached()) {
                out.append('\n').append(texts.get("reminder.office.unreachedLine", Html.escape(u.agency()), u.milestones()));
            }
        }
        out.append("\n\n").append(texts.get("reminder.office.next"));
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
