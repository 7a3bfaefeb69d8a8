package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/**
 * A report that a task's milestone is done. {@code milestoneId} (a button) or {@code due} (the command
 * line) names the milestone; without either, the one meant is the earliest open unless several are
 * already due. {@code on} is the day it was done, null for today: only the office and leaders may give
 * an earlier day, since an agency reports as of the moment it writes.
 */
public record DoneRequest(Long milestoneId, LocalDate due, LocalDate on, String note) {

    public static DoneRequest today(String note) {
        return new DoneRequest(null, null, null, note);
    }
}
