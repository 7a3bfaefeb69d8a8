package vn.dondoc.scheduler.reminder;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why a reminder pass does not run; the sentences are in the errors bundles of {@code messages/}. */
public enum ReminderError implements ErrorCode {
    /** Another reminder pass holds the register's lock. */
    BUSY("reminder.busy");

    private final String key;

    ReminderError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
