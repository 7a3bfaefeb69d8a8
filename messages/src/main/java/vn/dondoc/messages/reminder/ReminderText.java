package vn.dondoc.messages.reminder;

import java.util.List;
import java.util.function.UnaryOperator;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.reminder.IndicatorReminder;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderKind;
import vn.dondoc.scheduler.reminder.ReminderMessage;

/**
 * The words of a reminder message, from the {@code reminder.*} texts: Telegram HTML (everything from
 * documents and people escaped) for the bot, plain text for the console. Both say the same.
 */
public final class ReminderText {

    private final Texts texts;

    public ReminderText(Texts texts) {
        this.texts = texts;
    }

    /** The message in Telegram HTML, cut into pieces Telegram accepts (4096 characters each). */
    public List<String> htmlParts(ReminderMessage message) {
        return TelegramText.split(html(message));
    }

    public String html(ReminderMessage message) {
        return render(message, Html::escape, text -> "<b>" + Html.escape(text) + "</b>");
    }

    public String plain(ReminderMessage message) {
        return render(message, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** One reminder's lines (without its number), for a caller that lays reminders out itself (buttons under each). */
    public String htmlOf(Reminder reminder, int number) {
        return reminder(reminder, number, Html::escape, text -> "<b>" + Html.escape(text) + "</b>", true);
    }

    private String render(ReminderMessage message, UnaryOperator<String> escape, UnaryOperator<String> bold) {
        StringBuilder out = new StringBuilder();
        out.append(message.agency() == null
                ? texts.get("reminder.greetingNoAgency", escape.apply(message.contactName()))
                : texts.get("reminder.greeting", escape.apply(message.contactName()), escape.apply(message.agency())));
        // The office and leaders hear of others' overdue tasks: they follow up, they do not report.
        boolean followsUp = message.role() == ContactRole.OFFICE || message.role() == ContactRole.LEADER;
        int n = 0;
        if (!message.reminders().isEmpty()) {
            out.append('\n').append(texts.get(followsUp ? "reminder.introFollowUp" : "reminder.intro", message.reminders().size()));
            for (Reminder reminder : message.reminders()) {
                out.append("\n\n").append(reminder(reminder, ++n, escape, bold, !followsUp));
            }
        }
        if (!message.indicators().isEmpty()) {
            out.append(message.reminders().isEmpty() ? "\n" : "\n\n").append(texts.get(
                    followsUp ? "reminder.indicatorIntroFollowUp" : "reminder.indicatorIntro", message.indicators().size()));
            for (IndicatorReminder figure : message.indicators()) {
                out.append("\n\n").append(figure(figure, ++n, escape, bold, !followsUp));
            }
        }
        return out.toString();
    }

    /** A request for an indicator's figure: the period, its end and target, and how to answer. */
    private String figure(IndicatorReminder r, int number, UnaryOperator<String> escape, UnaryOperator<String> bold,
                          boolean reports) {
        StringBuilder out = new StringBuilder();
        out.append(texts.get("reminder.indicatorItem", number, bold.apply("#" + r.indicatorId()), escape.apply(r.source()),
                escape.apply(r.item()), escape.apply(r.name()), escape.apply(r.unit())));
        String kind = r.kind() == vn.dondoc.scheduler.reminder.ReminderKind.OVERDUE
                ? texts.get("reminder.indicatorKind.OVERDUE", r.workingDays()) : texts.get("reminder.indicatorKind.DUE");
        out.append("\n   ").append(texts.get("reminder.indicatorDue", texts.get("period." + r.period().key()),
                bold.apply(Formats.date(r.periodEnd())), escape.apply(r.target()), escape.apply(r.unit()), kind));
        if (r.escalated()) {
            out.append("\n   ").append(texts.get("reminder.escalated", escape.apply(String.join(", ", r.agencies()))));
        }
        if (reports) {
            out.append("\n   ").append(texts.get("reminder.indicatorAnswer", r.indicatorId()));
        }
        return out.toString();
    }

    private String reminder(Reminder r, int number, UnaryOperator<String> escape, UnaryOperator<String> bold, boolean reports) {
        StringBuilder out = new StringBuilder();
        out.append(texts.get("reminder.item", number, bold.apply("#" + r.taskId()), escape.apply(r.source()),
                escape.apply(r.item()), escape.apply(r.title())));
        // Days left or overdue as of the day the message goes out, not the planned point's (a caught-up reminder).
        String kind = r.kind() == ReminderKind.CHECK_IN || r.standing() == null
                ? texts.get("reminder.kind.CHECK_IN", escape.apply(r.deadlineText()))
                : texts.standing(r.standing());
        if (r.due() != null) {
            out.append("\n   ").append(texts.get("reminder.due", bold.apply(Formats.date(r.due())), kind));
        } else {
            out.append("\n   ").append(kind.substring(0, 1).toUpperCase() + kind.substring(1));
        }
        if (r.extended()) {
            out.append("\n   ").append(texts.get("reminder.extended", Formats.date(r.originalDue())));
        }
        if (r.escalated()) {
            out.append("\n   ").append(texts.get("reminder.escalated", escape.apply(String.join(", ", r.lead()))));
        }
        if (reports) {
            out.append("\n   ").append(texts.get("reminder.answer", r.taskId()));
        }
        return out.toString();
    }
}
