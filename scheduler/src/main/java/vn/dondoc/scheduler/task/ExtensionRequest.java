package vn.dondoc.scheduler.task;

import java.time.Instant;
import java.time.LocalDate;

/** A request to move a milestone's due date, with what the people deciding need to see (and, once decided, why). */
public record ExtensionRequest(
        long id,
        long taskId,
        long milestoneId,
        String source,
        String item,
        String title,
        LocalDate dueBefore,
        LocalDate requestedDue,
        String reason,
        Long requestedBy,
        String requesterName,
        Instant requestedAt,
        String decision,
        String decisionReason) {

    public boolean isPending() {
        return "PENDING".equals(decision);
    }
}
