package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.event.Event;
import vn.dondoc.scheduler.event.EventError;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The office gives an event its date, once, and every task waiting on it gets that date as its due date. It lives
 * with the tasks because it changes their due dates and writes their history; the events themselves are
 * {@code event/EventRegister}, their list {@code event/EventActions}. One transaction.
 */
@Service
public class EventDates {

    private final RegisterDatabase db;
    private final Clock clock;
    private final EventRegister events;
    private final TaskHistory history;

    public EventDates(RegisterDatabase db, Clock clock, EventRegister events, TaskHistory history) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.history = history;
    }

    /**
     * Gives event {@code name} (as any document or the office writes it, with or without diacritics) the date
     * {@code heldOn}. Each open milestone waiting on it, or still on its former date when the event moved, gets the
     * new date, with a history entry. Giving the same date again changes nothing.
     *
     * @throws DondocException {@link EventError#UNKNOWN} when no task waits on such an event
     */
    public EventDated date(String name, LocalDate heldOn, Actor actor) {
        Objects.requireNonNull(heldOn, "heldOn");
        if (name == null || EventRegister.key(name).isEmpty()) {
            throw new DondocException(EventError.BLANK, name == null ? "" : name);
        }
        return db.inTransaction(() -> {
            Event event = events.find(name).orElseThrow(() -> new DondocException(EventError.UNKNOWN, VietnameseText.clean(name)));
            LocalDate previous = event.heldOn();
            events.date(event.id(), heldOn);
            var jdbc = db.jdbc();
            List<long[]> waiting = jdbc.query("SELECT m.id, m.task_id FROM task_event te JOIN task t ON t.id = te.task_id"
                            + " JOIN milestone m ON m.task_id = t.id"
                            + " WHERE te.event_id = ? AND t.cancelled_on IS NULL AND m.cancelled_on IS NULL AND m.done_on IS NULL"
                            + " AND (m.due_on IS NULL OR m.due_on = ?) AND (m.due_on IS NULL OR m.due_on <> ?)"
                            + " ORDER BY t.id, m.seq",
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    event.id(), previous == null ? null : previous.toString(), heldOn.toString());
            String now = clock.instant().toString();
            java.util.Set<Long> tasks = new java.util.LinkedHashSet<>();
            for (long[] milestone : waiting) {
                jdbc.update("UPDATE milestone SET due_on = ? WHERE id = ?", heldOn.toString(), milestone[0]);
                jdbc.update("UPDATE task SET deadline_kind = 'FIXED', updated_at = ? WHERE id = ?", now, milestone[1]);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("event", event.name());
                detail.put("due", java.util.Arrays.asList(previous == null ? null : previous.toString(), heldOn.toString()));
                history.append(milestone[1], milestone[0], actor, "EVENT_DATED", detail);
                tasks.add(milestone[1]);
            }
            return new EventDated(events.find(name).orElseThrow(), previous, new ArrayList<>(tasks));
        });
    }
}
