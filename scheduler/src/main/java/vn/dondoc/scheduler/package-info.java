/**
 * The scheduler module computes and never speaks: the task register in SQLite ({@code register/}), deadline
 * phrases ({@code deadline/}), the working-day calendar ({@code calendar/}), import ({@code importing/}), the
 * use cases people call ({@code task/TaskActions}, {@code task/ExtensionActions}, {@code contact/ContactActions},
 * {@code reminder/MuteActions}), the reminder and digest passes and the Quartz job that runs them
 * ({@code schedule/}). Errors are codes ({@code error/}); the messages module words them, the bot sends them.
 */
package vn.dondoc.scheduler;
