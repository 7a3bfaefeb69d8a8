package vn.dondoc.scheduler.calendar;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why the office's days cannot be changed as asked; the sentences are in the errors bundles of {@code messages/}. */
public enum HolidayError implements ErrorCode {
    /** {0} the year asked for. */
    YEAR("holiday.year"),
    /** {0} the date: it is already a day off by the law or the announced schedule (or a weekend). */
    ALREADY_OFF("holiday.alreadyOff"),
    /** {0} the date, {1} its name: a day off by the Labour Code or the Government's schedule, not the office's. */
    NOT_THE_OFFICES("holiday.notTheOffices"),
    /** {0} the date: no day off there to remove. */
    NOT_A_DAY_OFF("holiday.notADayOff");

    private final String key;

    HolidayError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
