/**
 * Tasks of the assigning documents, their milestones (due dates), the six statuses on any day,
 * and the append-only history of every change and report.
 */
package vn.dondoc.scheduler.task;
