/**
 * Quartz in memory: the reminder job (hourly in working hours and at start-up) and the weekly
 * digest (Monday 07:30, and a catch-up at start-up). Jobs are thin; the passes read the register,
 * which knows what was already sent, so a job can run again, or after a crash, without sending twice.
 */
package vn.dondoc.bot.schedule;
