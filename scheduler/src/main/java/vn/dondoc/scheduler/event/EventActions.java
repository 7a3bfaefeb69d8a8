package vn.dondoc.scheduler.event;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The list of events with how many tasks wait on each. (Giving an event its date changes the tasks waiting on it, so
 * it is {@code task/EventDates}.) One transaction each.
 */
@Service
public class EventActions {

    private final RegisterDatabase db;
    private final EventRegister events;

    public EventActions(RegisterDatabase db, EventRegister events) {
        this.db = db;
        this.events = events;
    }

    /** Every event: those still without a date first, each with how many tasks wait on it. */
    public List<Event> all() {
        return db.inTransaction(events::all);
    }
}
