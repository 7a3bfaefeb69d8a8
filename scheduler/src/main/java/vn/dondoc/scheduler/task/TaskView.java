package vn.dondoc.scheduler.task;

import java.util.List;

/** One task as a caller sees it: every milestone as of today, its history, and whether the caller may report on it. */
public record TaskView(long taskId, List<MilestoneLine> milestones, List<HistoryEntry> history, boolean mayReport) {

    /** The milestone that gives the task its status. */
    public MilestoneLine current() {
        return TaskStatus.current(milestones);
    }
}
