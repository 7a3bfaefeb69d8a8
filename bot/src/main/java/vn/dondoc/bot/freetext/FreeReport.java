package vn.dondoc.bot.freetext;

/**
 * What a sentence reports. {@code task} is null when the sentence names no task (a reply to a reminder may
 * supply it); notes and reasons keep the person's own words and casing.
 */
public sealed interface FreeReport {

    Long task();

    /** The task is done. */
    record Done(Long task, String note) implements FreeReport {
    }

    /** The task is {@code percent} done. */
    record Progress(Long task, int percent, String note) implements FreeReport {
    }

    /** The lead agency asks to move the due date; {@code year} is null when not written (the caller picks it). */
    record Extension(Long task, int day, int month, Integer year, String reason) implements FreeReport {
    }

    /** It reads like a report of this kind but lacks what the bot needs (a task, a percent, a date). */
    record Unplaced(Kind kind, Long task) implements FreeReport {
    }

    enum Kind { DONE, PROGRESS, EXTENSION }
}
