package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/**
 * Which milestones to list, with statuses as of {@code day}: all, those of one agency (lead or
 * cooperating), or those of one task.
 */
public record TaskQuery(Long agencyId, Long taskId, LocalDate day) {

    public static TaskQuery all(LocalDate day) {
        return new TaskQuery(null, null, day);
    }

    public static TaskQuery ofAgency(Long agencyId, LocalDate day) {
        return new TaskQuery(agencyId, null, day);
    }

    public static TaskQuery ofTask(long taskId, LocalDate day) {
        return new TaskQuery(null, taskId, day);
    }
}
