package vn.dondoc.bot.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.reminder.ReminderReport;

/**
 * After a reminder run, tells every active OFFICE contact in one message which people blocked the
 * bot and which messages failed, so that someone phones them; nothing when every message went out.
 * Each problem is told once: a blocked contact is no longer planned, a failed delivery is not retried.
 */
public final class OfficeAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeAlerts.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OfficeZone.ID);

    private final ContactRegister contacts;
    private final Outbox outbox;
    private final SendAttempts attempts;
    private final Texts texts;

    public OfficeAlerts(ContactRegister contacts, Outbox outbox, SendAttempts attempts, Texts texts) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.attempts = attempts;
        this.texts = texts;
    }

    /** Returns how many office contacts were told (0 when there was nothing to tell or nobody to tell it to). */
    public int tell(Instant runAt, ReminderReport report) {
        if (report.dryRun() || report.blockedContacts().isEmpty() && report.failures().isEmpty()) {
            return 0;
        }
        List<String> parts = TelegramText.split(html(runAt, report));
        int told = 0;
        for (Contact office : contacts.active(ContactRole.OFFICE)) {
            long chatId = office.chatId();
            List<SendAttempts.Send> sends = new ArrayList<>();
            parts.forEach(part -> sends.add(TelegramSends.of(() -> outbox.send(chatId, part, Keyboard.NONE))));
            DeliveryResult result = attempts.sendAll(chatId, sends);
            if (result instanceof DeliveryResult.Sent) {
                told++;
            } else {
                LOG.warn("Could not tell office contact {} (chat {}) about undelivered reminders: {}", office.id(), chatId, result);
                if (result instanceof DeliveryResult.Blocked) {
                    contacts.markBlocked(office.id());
                }
            }
        }
        if (told == 0) {
            LOG.warn("No office contact was told of {} blocked and {} failed reminder message(s)",
                    report.blockedContacts().size(), report.failures().size());
        }
        return told;
    }

    String html(Instant runAt, ReminderReport report) {
        StringBuilder out = new StringBuilder(texts.get("reminder.office.title", WHEN.format(runAt)));
        section(out, "reminder.office.blocked", report.blockedContacts());
        section(out, "reminder.office.failed", report.failures());
        out.append("\n\n").append(texts.get("reminder.office.next"));
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
