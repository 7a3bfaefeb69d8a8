package vn.dondoc.scheduler.deadline;

/** How a deadline phrase was understood. */
public enum DeadlineKind {
    /** One date: "Quý I", "trước ngày 05/02/2024", "Tháng 1-2", "trong 10 ngày". */
    FIXED,
    /** Several dates written as a list: "Tháng 6,7", "30/6 và 31/12". */
    MULTIPLE,
    /** A repeating duty: every occurrence after the issue date to the end of the plan year. */
    RECURRING,
    /** Deliberately no date: "Khi có đề xuất", "Thường xuyên". */
    NONE,
    /**
     * Due at an event whose date the document does not give ("trước kỳ họp HĐND tỉnh cuối năm"): no date, never
     * a guess, until the office gives the event's date; {@link Deadline#event()} names it.
     */
    EVENT,
    /** Not understood, or an impossible date; {@link Deadline#problem()} says why. */
    UNPARSED
}
