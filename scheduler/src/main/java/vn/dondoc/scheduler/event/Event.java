package vn.dondoc.scheduler.event;

import java.time.LocalDate;

/**
 * An event deadlines wait for.
 *
 * @param name    as the first document that named it wrote it
 * @param heldOn  its date once the office gave it, else null
 * @param tasks   the tasks whose deadline is this event (cancelled ones left out)
 * @param waiting of those, the ones still without a due date (all of them while {@code heldOn} is null)
 */
public record Event(long id, String name, LocalDate heldOn, int tasks, int waiting) {
}
