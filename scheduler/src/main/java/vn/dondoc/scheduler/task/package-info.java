/**
 * Tasks of the assigning documents, their milestones (due dates), the six statuses on any day, and the
 * append-only history of every change and report. The use cases a person calls (the bot, later the console)
 * are {@link vn.dondoc.scheduler.task.TaskActions} and {@link vn.dondoc.scheduler.task.ExtensionActions}: one
 * transaction each, permissions in {@link vn.dondoc.scheduler.task.TaskAccess}, refusals as {@link vn.dondoc.scheduler.task.TaskError}.
 * A use case of another feature that changes tasks and writes their history lives here too, so that task uses
 * agency, contact and event and none of them uses task: {@link vn.dondoc.scheduler.task.AgencyMerges} (an agency
 * merged into another) and {@link vn.dondoc.scheduler.task.EventDates} (an event given its date).
 */
package vn.dondoc.scheduler.task;
