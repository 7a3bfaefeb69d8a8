/**
 * The scheduler module: the task register in SQLite, deadline phrases, the working-day calendar,
 * import of assigning documents; later the reminder planning, Quartz jobs and digests.
 * It never imports Telegram: it says what is due, {@code bot} says it.
 */
package vn.dondoc.scheduler;
