package vn.dondoc.scheduler.task;

import java.util.List;

/**
 * The tasks of a caller's scope (every agency for the office and leaders), each once in its current
 * status, earliest due first; {@code agency} names the one agency the office or a leader asked for.
 */
public record TaskList(boolean everyAgency, String agency, List<Item> tasks) {

    /** The list of the caller's own scope (every agency, or the caller's agency). */
    public TaskList(boolean everyAgency, List<Item> tasks) {
        this(everyAgency, null, tasks);
    }

    /** A task's current milestone, and whether the caller may report on it (its buttons). */
    public record Item(MilestoneLine line, boolean mayReport) {
    }
}
