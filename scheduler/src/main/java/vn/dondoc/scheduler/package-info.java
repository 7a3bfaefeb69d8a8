/**
 * The scheduler module: the task register in SQLite, deadline phrases, the working-day calendar,
 * import of assigning documents, the reminder and digest passes ({@code reminder/ReminderPass},
 * {@code digest/DigestPass}) and the Quartz job that runs them ({@code schedule/}).
 * It never imports Telegram or the messages: it says what is due, {@code bot} says it.
 */
package vn.dondoc.scheduler;
