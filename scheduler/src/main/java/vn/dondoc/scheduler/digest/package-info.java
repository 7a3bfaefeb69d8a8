/**
 * The leaders' weekly digest: counts in the office's four statuses (plus no deadline and cancelled)
 * with the change since last week, per agency, the longest overdue, what falls due within a week and
 * pending extensions; a chart and the register as .xlsx go with it. {@link vn.dondoc.scheduler.digest.DigestRun}
 * sends it through a {@link vn.dondoc.scheduler.digest.DigestChannel} the bot module provides.
 */
package vn.dondoc.scheduler.digest;
