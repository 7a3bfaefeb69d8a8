package vn.dondoc.scheduler.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.TaskHistory;

/**
 * A contact's "/mute N days" on one task: no reminders of that task to that contact meanwhile.
 * Escalations of the same task to others go on; muting again replaces the earlier end. Who may mute
 * is {@link MuteActions}' business; the caller holds the transaction.
 */
@Component
public class Mutes {

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskHistory history;

    public Mutes(RegisterDatabase db, Clock clock, TaskHistory history) {
        this.db = db;
        this.clock = clock;
        this.history = history;
    }

    /**
     * Mutes the rest of today and the next {@code days} days (a mute said in the afternoon should
     * still spare tomorrow's 08:00 reminder); returns the last muted day, inclusive.
     */
    public LocalDate mute(long contactId, long taskId, int days, Actor actor) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        LocalDate until = LocalDate.now(clock).plusDays(days);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contact", contactId);
        details.put("days", days);
        details.put("until", until.toString());
        history.append(taskId, null, actor, "MUTED", details);
        db.jdbc().update("INSERT INTO mute (contact_id, task_id, until_on) VALUES (?, ?, ?)"
                        + " ON CONFLICT (contact_id, task_id) DO UPDATE SET until_on = excluded.until_on",
                contactId, taskId, until.toString());
        return until;
    }

    public boolean isMuted(long contactId, long taskId, LocalDate day) {
        Integer n = db.jdbc().queryForObject("SELECT count(*) FROM mute WHERE contact_id = ? AND task_id = ? AND until_on >= ?",
                Integer.class, contactId, taskId, day.toString());
        return n != null && n > 0;
    }

    /** The (contact, task) pairs muted on {@code day}, for planning in one query. */
    static java.util.Set<Pair> mutedOn(JdbcTemplate jdbc, LocalDate day) {
        java.util.Set<Pair> muted = new java.util.HashSet<>();
        jdbc.query("SELECT contact_id, task_id FROM mute WHERE until_on >= ?",
                rs -> {
                    muted.add(new Pair(rs.getLong(1), rs.getLong(2)));
                }, day.toString());
        return muted;
    }

    record Pair(long contactId, long taskId) {
    }
}
