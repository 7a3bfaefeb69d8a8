package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.List;

/** What became of a report that a milestone is done. */
public sealed interface DoneOutcome {

    long taskId();

    /**
     * Recorded: the milestone ({@code done.due()} its due date), how many milestones the task has, and
     * the due dates still open after it.
     */
    record Recorded(Done done, int milestones, List<LocalDate> remaining) implements DoneOutcome {
        public Recorded {
            remaining = List.copyOf(remaining);
        }

        @Override
        public long taskId() {
            return done.taskId();
        }
    }

    /** The milestone was already reported done (a second press of one confirmation): nothing changed. */
    record AlreadyDone(long taskId, LocalDate due, LocalDate doneOn) implements DoneOutcome {
    }

    /** Several open milestones are already due and none was named: the person chooses; nothing changed. */
    record Choose(long taskId, List<MilestoneLine> open) implements DoneOutcome {
        public Choose {
            open = List.copyOf(open);
        }
    }
}
