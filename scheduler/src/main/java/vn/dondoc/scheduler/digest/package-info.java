/**
 * The leaders' weekly digest: counts in the office's four statuses (plus no deadline and cancelled)
 * with the change since last week, per agency, the longest overdue, what falls due within a week and
 * pending extensions, and the milestones counted. {@link vn.dondoc.scheduler.digest.DigestPass} runs a
 * {@link vn.dondoc.scheduler.digest.DigestRun} through the {@link vn.dondoc.scheduler.digest.DigestChannel}
 * the bot module provides; the text, chart and workbook are drawn in {@code messages/}.
 */
package vn.dondoc.scheduler.digest;
