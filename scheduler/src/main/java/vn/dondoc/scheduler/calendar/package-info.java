/**
 * The working-day calendar of Vietnamese offices: weekends, public holidays (Tết and Giỗ Tổ by the lunar
 * calendar), and the days the office loaded ({@link vn.dondoc.scheduler.calendar.OfficeDays}).
 */
package vn.dondoc.scheduler.calendar;
