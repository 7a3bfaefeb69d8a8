/**
 * Deadline phrases ("Quý I", "trước ngày 18 hằng tháng") into milestones: {@link vn.dondoc.scheduler.deadline.DeadlinePhrases}
 * scans the words, assembles the terms and gives a {@link vn.dondoc.scheduler.deadline.Deadline}, or UNPARSED
 * with a problem, never a guess.
 */
package vn.dondoc.scheduler.deadline;
