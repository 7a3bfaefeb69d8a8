package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.List;

public record Deadline(DeadlineKind kind, List<LocalDate> dates, String problem) {
}
