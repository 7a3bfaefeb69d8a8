package vn.dondoc.scheduler.calendar;

/**
 * The holidays of the Labour Code (art. 112) the Government announces a schedule for. An announced schedule
 * for an occasion replaces the days the rule computes for it, days in lieu included.
 */
public enum Occasion {
    NEW_YEAR, TET, GIO_TO, VICTORY_AND_LABOUR_DAY, NATIONAL_DAY
}
