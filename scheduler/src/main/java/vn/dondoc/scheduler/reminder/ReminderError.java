package vn.dondoc.scheduler.reminder;

import vn.dondoc.scheduler.error.ErrorCode;

/** What a reminder pass refuses, as codes the messages module words. */
public enum ReminderError implements ErrorCode {

    /** Another reminder pass (run or remind) holds the register's reminder lock. */
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
