/**
 * Events a deadline waits for ("trước kỳ họp HĐND tỉnh cuối năm"): {@link vn.dondoc.scheduler.event.EventRegister}
 * keeps them and the tasks waiting on each; {@link vn.dondoc.scheduler.event.EventActions} lists them. Giving an event
 * its date, and with it the due date of every task waiting on it, is {@code task/EventDates}.
 */
package vn.dondoc.scheduler.event;
