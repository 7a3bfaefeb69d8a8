/**
 * A task's history in words, as plain text for the web console ({@link vn.dondoc.messages.task.HistoryText});
 * the page escapes it.
 */
package vn.dondoc.messages.task;
