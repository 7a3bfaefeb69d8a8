package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.event.Event;

/**
 * What giving an event its date did.
 *
 * @param event    the event, with its new date
 * @param previous the date it had before, or null
 * @param tasks    the tasks whose due date was set (or moved) to the event's date, in id order
 */
public record EventDated(Event event, LocalDate previous, List<Long> tasks) {

    public EventDated {
        tasks = List.copyOf(tasks);
    }
}
