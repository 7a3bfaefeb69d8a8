package vn.dondoc.scheduler.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.delivery.RedeliverySettings;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * After a reminder pass, tells every active OFFICE contact in one message what did not reach its people
 * (blocked the bot, failed and not retried, failed and being retried), which agencies had something due and
 * nobody to remind, and what reached its people late after an outage, so that someone phones them. Each
 * reminder's trouble is told once; an unreached point is remembered (by the pass) and told once.
 *
 * <p>A notice is a delivery like a reminder: written PENDING (with what it says) in the transaction that
 * marks the reminders told, then sent, and tried again by later passes when Telegram was out of reach. While
 * Telegram does not answer, delivery troubles are not composed: the office hears of an outage once, when it
 * is over. Agencies with nobody to remind are written at once (the pass has already remembered them).
 */
@Component
public final class OfficeAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeAlerts.class);

    private final RegisterDatabase db;
    private final Clock clock;
    private final Recipients recipients;
    private final OfficeAlertChannel channel;
    private final DeliveryOutcomes outcomes;
    private final RedeliverySettings redelivery;

    public OfficeAlerts(RegisterDatabase db, Clock clock, Recipients recipients, OfficeAlertChannel channel,
                        DeliveryOutcomes outcomes, RedeliverySettings redelivery) {
        this.db = db;
        this.clock = clock;
        this.recipients = recipients;
        this.channel = channel;
        this.outcomes = outcomes;
        this.redelivery = redelivery;
    }

    /**
     * Writes the notices the pass that ran at {@code runAt} calls for, then sends every notice due. Returns
     * how many office contacts were told now (0 when there was nothing to tell or nobody could be told).
     */
    public int tell(Instant runAt, ReminderReport report) {
        if (report.dryRun()) {
            return 0;
        }
        // Telegram answered, or nothing was tried and nothing waits for it: a notice has a chance to go.
        boolean answered = report.telegramAnswered() || report.messages() == 0 && report.deferred() == 0 && nothingToRetry();
        if (answered || !report.unreached().isEmpty()) {
            db.inTransaction(() -> compose(runAt, answered, report.unreached()));
        }
        if (report.nothingDelivered()) {
            // Telegram is out of reach this pass: a notice written now waits in the register for a pass it answers.
            return 0;
        }
        return sendDue(runAt);
    }

    private boolean nothingToRetry() {
        return jdbc().queryForObject("SELECT count(*) FROM delivery WHERE status = 'FAILED' AND retry_at IS NOT NULL",
                Integer.class) == 0;
    }

    private void compose(Instant runAt, boolean telegramAnswered, List<ReminderReport.Unreached> unreached) {
        List<Trouble> troubles = !telegramAnswered ? List.of() : jdbc().query("SELECT d.id, d.contact_id, d.status, d.reason, d.retry_at, d.first_failed_at,"
                        + " c.name, a.name FROM delivery d JOIN contact c ON c.id = d.contact_id"
                        + " LEFT JOIN agency a ON a.id = c.agency_id WHERE d.tell = 1 ORDER BY d.id",
                (rs, n) -> new Trouble(rs.getLong(1), rs.getString(3), rs.getString(5) != null,
                        rs.getString(6) == null ? null : Instant.parse(rs.getString(6)),
                        new ReminderReport.Problem(rs.getLong(2), rs.getString(7), rs.getString(8), rs.getString(4))));
        if (troubles.isEmpty() && unreached.isEmpty()) {
            return;
        }
        Map<Long, ReminderReport.Problem> blocked = new LinkedHashMap<>();
        Map<Long, ReminderReport.Problem> failed = new LinkedHashMap<>();
        Map<Long, ReminderReport.Problem> retrying = new LinkedHashMap<>();
        Map<Long, Boolean> late = new LinkedHashMap<>();
        Instant since = null;
        for (Trouble t : troubles) {
            long contact = t.problem().contactId();
            switch (t.status()) {
                case "BLOCKED" -> blocked.putIfAbsent(contact, t.problem());
                case "FAILED" -> (t.retrying() ? retrying : failed).putIfAbsent(contact, t.problem());
                default -> late.put(contact, true);
            }
            if (t.firstFailed() != null && (t.status().equals("SENT") || t.retrying())
                    && (since == null || t.firstFailed().isBefore(since))) {
                since = t.firstFailed();
            }
        }
        OfficeNotice notice = new OfficeNotice(new ArrayList<>(blocked.values()), new ArrayList<>(failed.values()),
                new ArrayList<>(retrying.values()), unreached, late.size(), since);
        String at = clock.instant().toString();
        List<Recipients.Recipient> offices = recipients.active().withRole(ContactRole.OFFICE);
        if (offices.isEmpty()) {
            LOG.warn("No active office contact to tell of {} blocked, {} failed, {} retried and {} late reminder message(s)"
                            + " and {} agencies with nobody to remind",
                    blocked.size(), failed.size(), retrying.size(), late.size(), unreached.size());
        }
        for (Recipients.Recipient office : offices) {
            jdbc().update("INSERT INTO office_notice (contact_id, chat_id, run_at, body, planned_at) VALUES (?, ?, ?, ?, ?)",
                    office.id(), office.chatId(), runAt.toString(), notice.encode(), at);
        }
        jdbc().batchUpdate("UPDATE delivery SET tell = 0, told_at = ? WHERE id = ?", troubles, 500, (ps, t) -> {
            ps.setString(1, at);
            ps.setLong(2, t.deliveryId());
        });
    }

    /** Sends every notice written and not yet sent, or failed and due again; stops at a failure that may pass. */
    private int sendDue(Instant now) {
        List<Due> due = jdbc().query("SELECT id, contact_id, chat_id, run_at, body, attempts FROM office_notice"
                        + " WHERE status = 'PENDING' OR status = 'FAILED' AND retry_at IS NOT NULL AND retry_at <= ? ORDER BY id",
                (rs, n) -> new Due(rs.getLong(1), rs.getInt(6), new OfficeAlert(rs.getLong(2), rs.getLong(3),
                        Instant.parse(rs.getString(4)), OfficeNotice.decode(rs.getString(5)))), now.toString());
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, Long> activeOffices = recipients.active().withRole(ContactRole.OFFICE).stream()
                .collect(Collectors.toMap(Recipients.Recipient::id, Recipients.Recipient::chatId));
        int told = 0;
        for (Due notice : due) {
            OfficeAlert alert = notice.alert();
            DeliveryResult result = Long.valueOf(alert.chatId()).equals(activeOffices.get(alert.contactId()))
                    ? deliver(alert) : new DeliveryResult.Failed("no longer an active office contact in this chat");
            record(notice, result, now);
            if (result instanceof DeliveryResult.Sent) {
                told++;
            } else {
                LOG.warn("Could not tell office contact {} (chat {}) about undelivered reminders: {}", alert.contactId(),
                        alert.chatId(), result);
                if (result instanceof DeliveryResult.Failed f && f.mayPass()) {
                    break;
                }
            }
        }
        return told;
    }

    private void record(Due notice, DeliveryResult result, Instant now) {
        String at = clock.instant().toString();
        db.inTransaction(() -> {
            if (result instanceof DeliveryResult.Sent sent) {
                jdbc().update("UPDATE office_notice SET status = 'SENT', message_ids = ?, finished_at = ?, attempts = attempts + 1,"
                                + " retry_at = NULL WHERE id = ?",
                        sent.messageIds().stream().map(String::valueOf).collect(Collectors.joining(",")), at, notice.id());
            } else if (result instanceof DeliveryResult.Failed failed) {
                jdbc().update("UPDATE office_notice SET status = 'FAILED', reason = ?, finished_at = ?, attempts = attempts + 1,"
                                + " retry_at = ? WHERE id = ?", failed.reason(), at,
                        failed.mayPass() ? redelivery.nextAttempt(now, notice.attempts() + 1).toString() : null, notice.id());
            } else if (result instanceof DeliveryResult.Blocked blocked) {
                jdbc().update("UPDATE office_notice SET status = 'BLOCKED', reason = ?, finished_at = ?, attempts = attempts + 1,"
                        + " retry_at = NULL WHERE id = ?", blocked.reason(), at, notice.id());
                outcomes.record(notice.alert().contactId(), result);
            }
        });
    }

    private DeliveryResult deliver(OfficeAlert alert) {
        try {
            return channel.deliver(alert);
        } catch (RuntimeException e) {
            return DeliveryResult.Failed.mayPass(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private JdbcTemplate jdbc() {
        return db.jdbc();
    }

    /** A delivery row the office is still to hear of. */
    private record Trouble(long deliveryId, String status, boolean retrying, Instant firstFailed,
                           ReminderReport.Problem problem) {
    }

    private record Due(long id, int attempts, OfficeAlert alert) {
    }
}
