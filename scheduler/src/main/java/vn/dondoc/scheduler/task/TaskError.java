package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why an action on a task is refused; the sentences are in the errors bundles of {@code messages/}. */
public enum TaskError implements ErrorCode {
    /** {0} the task number. */
    NOT_FOUND("task.notFound"),
    /** {0} the task number, {1} the caller's agency. */
    NOT_YOUR_AGENCY("task.notYourAgency"),
    /** {0} the task number. */
    NOT_LEAD("task.notLead"),
    /** Only the office and leaders decide extensions. */
    DECIDERS_ONLY("task.decidersOnly"),
    /** A leader in charge of some agencies, none of which leads task {0}. */
    NOT_IN_CHARGE("task.notInCharge"),
    /** {0} the task number. */
    OFFICE_ONLY("task.officeOnly"),
    /** {0} the task number. */
    NOTHING_OPEN("task.nothingOpen"),
    /** Percent outside 0..100. */
    BAD_PERCENT("task.badPercent"),
    /** {0} the task number. */
    NO_FIXED_DEADLINE("task.noFixedDeadline"),
    /** {0} the date asked, not after today. */
    EXTENSION_IN_THE_PAST("task.extensionInThePast"),
    /** {0} the due date in force. */
    EXTENSION_NOT_LATER("task.extensionNotLater"),
    /** {0} the task number, {1} the waiting request's number. */
    EXTENSION_WAITING("task.extensionWaiting"),
    /** {0} the request number. */
    EXTENSION_NOT_FOUND("task.extensionNotFound"),
    /** {0} the request number. */
    EXTENSION_DECIDED("task.extensionDecided"),
    /** {0} the task number: an agency gave the day of a completion (only the office and leaders may). */
    DONE_DATE_OFFICE_ONLY("task.doneDateOfficeOnly"),
    /** {0} the day given, after today. */
    DONE_IN_THE_FUTURE("task.doneInTheFuture"),
    /** {0} the task number: the milestone named is not one of the task's. */
    NO_SUCH_MILESTONE("task.noSuchMilestone"),
    /** {0} the name as written. */
    AGENCY_NOT_FOUND("task.agencyNotFound"),
    /** {0} the name as written, {1} the agencies it may mean. */
    AGENCY_AMBIGUOUS("task.agencyAmbiguous"),
    /** {0} the task number: only the office corrects a task's title or deadline. */
    EDIT_OFFICE_ONLY("task.editOfficeOnly"),
    /** {0} the deadline phrase given, which gives no date: nothing was saved. */
    DEADLINE_UNREADABLE("task.deadlineUnreadable"),
    /** {0} the task number, {1} the day it was cancelled: a cancelled task is not corrected any more. */
    EDIT_CANCELLED("task.editCancelled");

    private final String key;

    TaskError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
