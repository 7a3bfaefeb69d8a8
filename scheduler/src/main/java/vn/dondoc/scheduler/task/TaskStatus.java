package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A task's status: that of its earliest open milestone, or of its last one when none is open. */
public final class TaskStatus {

    static final Comparator<MilestoneLine> EARLIEST_DUE = Comparator
            .comparing(MilestoneLine::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(MilestoneLine::seq);

    private TaskStatus() {
    }

    /** The current milestone of each task among {@code lines}, in the order the tasks first appear. */
    public static List<MilestoneLine> currentOfEach(List<MilestoneLine> lines) {
        java.util.Map<Long, List<MilestoneLine>> byTask = new java.util.LinkedHashMap<>();
        lines.forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new java.util.ArrayList<>()).add(l));
        return byTask.values().stream().map(TaskStatus::current).toList();
    }

    /** {@code milestones} are all of one task, with statuses as of the same day. */
    public static MilestoneLine current(List<MilestoneLine> milestones) {
        return milestones.stream()
                .filter(m -> m.status().isOpen())
                .min(EARLIEST_DUE)
                .orElseGet(() -> milestones.stream().max(Comparator.comparingInt(MilestoneLine::seq)).orElseThrow());
    }
}
