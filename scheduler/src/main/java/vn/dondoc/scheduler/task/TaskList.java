package vn.dondoc.scheduler.task;

import java.util.List;

/**
 * The tasks of a caller's scope (every agency for the office and leaders), each once in its current
 * status, earliest due first.
 */
public record TaskList(boolean everyAgency, List<Item> tasks) {

    /** A task's current milestone, and whether the caller may report on it (its buttons). */
    public record Item(MilestoneLine line, boolean mayReport) {
    }
}
