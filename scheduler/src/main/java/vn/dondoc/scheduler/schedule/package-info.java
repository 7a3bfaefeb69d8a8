/**
 * Quartz, owned here: in memory on SQLite; on PostgreSQL clustered in the register's database
 * ({@link vn.dondoc.scheduler.schedule.ClusteredQuartz}), each firing on one of the {@code run}s. One job
 * class ({@link vn.dondoc.scheduler.schedule.PassJob}) runs a named {@link vn.dondoc.scheduler.schedule.Pass}
 * (the reminders, hourly in working hours and at start-up; the weekly digest, Monday 07:30 and a catch-up at
 * start-up; {@link vn.dondoc.scheduler.schedule.ScheduledPasses} names the features' passes, which know nothing of
 * the schedule). Jobs are thin; the passes read the register, which knows what was already sent, so a job can run
 * again, or after a crash, without sending twice.
 */
package vn.dondoc.scheduler.schedule;
