package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;

/**
 * A date made a working day against the weekend or the rule: a make-up Saturday of an announced schedule
 * ({@code document} its number) or a day the office loaded as working ({@code document} null).
 */
public record WorkingDay(LocalDate date, String name, String document) {
}
