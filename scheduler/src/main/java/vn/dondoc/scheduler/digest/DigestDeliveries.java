package vn.dondoc.scheduler.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The digest_delivery rows: one per contact and week, PENDING before sending, then the outcome. */
@Component
public final class DigestDeliveries {

    enum State { NONE, PENDING, SENT, FAILED, BLOCKED }

    private final RegisterDatabase db;

    public DigestDeliveries(RegisterDatabase db) {
        this.db = db;
    }

    State state(long contactId, LocalDate week) {
        List<String> rows = jdbc().queryForList("SELECT status FROM digest_delivery WHERE contact_id = ? AND week_on = ?",
                String.class, contactId, week.toString());
        return rows.isEmpty() ? State.NONE : State.valueOf(rows.get(0));
    }

    /** How many contacts this week's digest reached (week: its Monday); the console says it before "send now". */
    public int sent(LocalDate week) {
        return jdbc().queryForObject("SELECT count(*) FROM digest_delivery WHERE week_on = ? AND status = 'SENT'",
                Integer.class, week.toString());
    }

    /** Written (and committed) before the channel is called: a crash after it leaves a row to resend. */
    void plan(long contactId, LocalDate week, Instant at) {
        jdbc().update("INSERT INTO digest_delivery (contact_id, week_on, status, planned_at) VALUES (?, ?, 'PENDING', ?)"
                        + " ON CONFLICT (contact_id, week_on) DO UPDATE SET status = 'PENDING', planned_at = excluded.planned_at,"
                        + " finished_at = NULL",
                contactId, week.toString(), at.toString());
    }

    void finish(long contactId, LocalDate week, DeliveryResult result, Instant at) {
        String status;
        String ids = null;
        String reason = null;
        if (result instanceof DeliveryResult.Sent sent) {
            status = "SENT";
            ids = sent.messageIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        } else if (result instanceof DeliveryResult.Failed failed) {
            status = "FAILED";
            reason = failed.reason();
        } else {
            status = "BLOCKED";
            reason = ((DeliveryResult.Blocked) result).reason();
        }
        jdbc().update("UPDATE digest_delivery SET status = ?, message_ids = ?, reason = ?, finished_at = ?"
                + " WHERE contact_id = ? AND week_on = ?", status, ids, reason, at.toString(), contactId, week.toString());
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
