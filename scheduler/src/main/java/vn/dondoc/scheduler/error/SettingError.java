package vn.dondoc.scheduler.error;

/** A setting (an environment variable or a key of application.yml) that cannot be used as given. */
public enum SettingError implements ErrorCode {
    /** {0} the variable, {1} the value, {2} the least, {3} the most. */
    OUT_OF_RANGE("setting.outOfRange"),
    /** {0} the variable, {1} the value as written. */
    INVALID("setting.invalid"),
    /** {0} the variable, {1} the address as written. */
    URL("setting.url"),
    /** {0} the variable (DONDOC_DB), {1} the URL as written: neither a file nor jdbc:postgresql://. */
    DATABASE_URL("setting.databaseUrl"),
    /** {0} the days as written. */
    REMIND_DAYS("setting.remindDays"),
    /** {0} the end of the working day, {1} the hour reminders start. */
    WORKDAY_END("setting.workdayEnd"),
    /** {0} after how many days the head is told, {1} after how many the office is. */
    ESCALATION_ORDER("setting.escalationOrder");

    private final String key;

    SettingError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Refuses {@code value} of {@code variable} unless it is within {@code min}–{@code max}. */
    public static int within(String variable, int value, int min, int max) {
        if (value < min || value > max) {
            throw new DondocException(OUT_OF_RANGE, variable, value, min, max);
        }
        return value;
    }
}
