/**
 * Tasks of the assigning documents, their milestones (due dates), the six statuses on any day, and the
 * append-only history of every change and report. The use cases a person calls (the bot, later the console)
 * are {@link vn.dondoc.scheduler.task.TaskActions} and {@link vn.dondoc.scheduler.task.ExtensionActions}: one
 * transaction each, permissions in {@link vn.dondoc.scheduler.task.TaskAccess}, refusals as {@link vn.dondoc.scheduler.task.TaskError}.
 */
package vn.dondoc.scheduler.task;
