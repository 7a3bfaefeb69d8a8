package vn.dondoc.scheduler.reminder;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * After a reminder run, tells every active OFFICE contact in one message which people blocked the
 * bot, which messages failed, and which agencies had something due and nobody to remind, so that someone
 * phones them; nothing when every reminder reached someone. Each problem is told once: a blocked contact is
 * no longer planned, a failed delivery is not retried, an unreached point is remembered.
 */
@Component
public final class OfficeAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeAlerts.class);

    private final Recipients recipients;
    private final OfficeAlertChannel channel;
    private final DeliveryOutcomes outcomes;

    public OfficeAlerts(Recipients recipients, OfficeAlertChannel channel, DeliveryOutcomes outcomes) {
        this.recipients = recipients;
        this.channel = channel;
        this.outcomes = outcomes;
    }

    /** Returns how many office contacts were told (0 when there was nothing to tell or nobody to tell it to). */
    public int tell(Instant runAt, ReminderReport report) {
        if (report.dryRun() || report.blockedContacts().isEmpty() && report.failures().isEmpty() && report.unreached().isEmpty()) {
            return 0;
        }
        int told = 0;
        for (Recipients.Recipient office : recipients.active().withRole(ContactRole.OFFICE)) {
            DeliveryResult result = deliver(new OfficeAlert(office.id(), office.chatId(), runAt, report));
            if (result instanceof DeliveryResult.Sent) {
                told++;
            } else {
                LOG.warn("Could not tell office contact {} (chat {}) about undelivered reminders: {}", office.id(),
                        office.chatId(), result);
                outcomes.record(office.id(), result);
            }
        }
        if (told == 0) {
            LOG.warn("No office contact was told of {} blocked and {} failed reminder message(s) and {} agencies with nobody"
                    + " to remind", report.blockedContacts().size(), report.failures().size(), report.unreached().size());
        }
        return told;
    }

    private DeliveryResult deliver(OfficeAlert alert) {
        try {
            return channel.deliver(alert);
        } catch (RuntimeException e) {
            return new DeliveryResult.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
