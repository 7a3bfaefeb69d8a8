package vn.dondoc.scheduler.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The events deadlines wait for and the tasks waiting on each. An event is one per folded name; the caller holds
 * the transaction.
 */
@Component
public class EventRegister {

    private static final String SELECT = "SELECT e.id, e.name, e.held_on,"
            + " (SELECT count(*) FROM task_event te JOIN task t ON t.id = te.task_id"
            + "  WHERE te.event_id = e.id AND t.cancelled_on IS NULL) AS tasks,"
            + " (SELECT count(DISTINCT t.id) FROM task_event te JOIN task t ON t.id = te.task_id"
            + "  JOIN milestone m ON m.task_id = t.id"
            + "  WHERE te.event_id = e.id AND t.cancelled_on IS NULL AND m.cancelled_on IS NULL AND m.due_on IS NULL) AS waiting"
            + " FROM event e";

    private final RegisterDatabase db;
    private final Clock clock;

    public EventRegister(RegisterDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The folded name events are matched by. */
    public static String key(String name) {
        return VietnameseText.fold(name).replaceAll("[.,;:]+$", "").trim();
    }

    /**
     * Makes task {@code taskId} wait on the event {@code name} (created when new) and returns the event's date, or
     * null while it has none.
     */
    public LocalDate link(long taskId, String name) {
        String key = key(name);
        var jdbc = db.jdbc();
        List<Long> found = jdbc.queryForList("SELECT id FROM event WHERE name_key = ?", Long.class, key);
        long eventId;
        if (found.isEmpty()) {
            jdbc.update("INSERT INTO event (name, name_key, created_at) VALUES (?, ?, ?)",
                    VietnameseText.clean(name), key, clock.instant().toString());
            eventId = jdbc.queryForObject("SELECT id FROM event WHERE name_key = ?", Long.class, key);
        } else {
            eventId = found.get(0);
            // The name shown is the best spelt one: a later document with diacritics replaces one typed without.
            String shown = jdbc.queryForObject("SELECT name FROM event WHERE id = ?", String.class, eventId);
            if (plain(shown) && !plain(name)) {
                jdbc.update("UPDATE event SET name = ? WHERE id = ?", VietnameseText.clean(name), eventId);
            }
        }
        jdbc.update("DELETE FROM task_event WHERE task_id = ?", taskId);
        jdbc.update("INSERT INTO task_event (task_id, event_id) VALUES (?, ?)", taskId, eventId);
        String held = jdbc.queryForObject("SELECT held_on FROM event WHERE id = ?", String.class, eventId);
        return held == null ? null : LocalDate.parse(held);
    }

    /** Event {@code eventId} is held on {@code heldOn} (given by the office, or moved). */
    public void date(long eventId, LocalDate heldOn) {
        db.jdbc().update("UPDATE event SET held_on = ?, dated_at = ? WHERE id = ?", heldOn.toString(),
                clock.instant().toString(), eventId);
    }

    /** The date of event {@code name}, or null when it has none or no task waited on it yet. */
    public LocalDate heldOn(String name) {
        return find(name).map(Event::heldOn).orElse(null);
    }

    private static boolean plain(String name) {
        return name.chars().allMatch(c -> c < 0x80);
    }

    /** Task {@code taskId} no longer waits on any event (its deadline phrase changed). */
    public void unlink(long taskId) {
        db.jdbc().update("DELETE FROM task_event WHERE task_id = ?", taskId);
    }

    public Optional<Event> find(String name) {
        return db.jdbc().query(SELECT + " WHERE e.name_key = ?", (rs, n) -> event(rs), key(name)).stream().findFirst();
    }

    /** Every event: those still without a date first, then by date; by name within each. */
    public List<Event> all() {
        return db.jdbc().query(SELECT + " ORDER BY CASE WHEN e.held_on IS NULL THEN 0 ELSE 1 END, e.held_on, e.name_key",
                (rs, n) -> event(rs));
    }

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        String held = rs.getString("held_on");
        return new Event(rs.getLong("id"), rs.getString("name"), held == null ? null : LocalDate.parse(held),
                rs.getInt("tasks"), rs.getInt("waiting"));
    }
}
