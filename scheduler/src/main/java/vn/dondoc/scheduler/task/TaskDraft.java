package vn.dondoc.scheduler.task;

import java.util.List;
import vn.dondoc.scheduler.deadline.Deadline;

/** A task as one row of an assigning document gives it, ready to be saved under its source. */
public record TaskDraft(
        String item,
        String groupCode,
        String groupTitle,
        String title,
        String deadlineText,
        Deadline deadline,
        List<Long> leadAgencyIds,
        List<Long> cooperatingAgencyIds,
        String cooperationNote,
        int line) {

    public TaskDraft {
        leadAgencyIds = List.copyOf(leadAgencyIds);
        cooperatingAgencyIds = List.copyOf(cooperatingAgencyIds);
    }
}
