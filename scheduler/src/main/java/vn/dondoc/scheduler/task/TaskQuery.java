package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/** Which milestones to list: those of one agency (lead or cooperating) or all, with statuses as of {@code day}. */
public record TaskQuery(Long agencyId, LocalDate day) {
}
