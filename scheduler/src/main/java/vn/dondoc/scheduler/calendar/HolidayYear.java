package vn.dondoc.scheduler.calendar;

import java.util.List;

/**
 * One year's calendar as the office sees it: every day off with where it comes from ({@link Holiday.Kind}; the
 * office may remove only {@code OFFICE} days), the make-up working days, and whether the Government's schedule
 * for the year is known yet.
 */
public record HolidayYear(int year, List<Holiday> daysOff, List<WorkingDay> workingDays, boolean scheduleKnown) {

    public HolidayYear {
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
    }
}
