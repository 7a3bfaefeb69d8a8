package vn.dondoc.scheduler.deadline;

import vn.dondoc.scheduler.error.ErrorCode;

/**
 * Why a deadline phrase is UNPARSED; the sentences are in the errors bundles of {@code messages/}. A quoted
 * argument is the words as the office wrote them.
 */
public enum DeadlineError implements ErrorCode {
    /** Nothing written. */
    BLANK("deadline.blank"),
    /** {0} the date as dd/MM or dd/MM/yyyy. */
    IMPOSSIBLE_DATE("deadline.impossibleDate"),
    /** {0} the year, {1} the first year read, {2} the last. */
    YEAR_OUT_OF_RANGE("deadline.yearOutOfRange"),
    /** {0} the month as written (a number or a Roman numeral). */
    NO_SUCH_MONTH("deadline.noSuchMonth"),
    /** {0} the quarter as written. */
    NO_SUCH_QUARTER("deadline.noSuchQuarter"),
    /** {0} the day. */
    NO_SUCH_DAY("deadline.noSuchDay"),
    /** {0} the quoted words ("13 tháng đầu năm"). */
    TOO_MANY_MONTHS("deadline.tooManyMonths"),
    /** {0} the quoted base ("kể từ ngày ký"). */
    UNKNOWN_BASE("deadline.unknownBase"),
    /** {0} the quoted term. */
    ZERO_TERM("deadline.zeroTerm"),
    /** {0} the quoted cycle. */
    ZERO_CYCLE("deadline.zeroCycle"),
    /** "từ …" with no end. */
    START_ONLY("deadline.startOnly"),
    /** {0} the whole phrase. */
    NO_TIME("deadline.noTime"),
    /** {0} the quoted day that fits two duties. */
    WHICH_DUTY("deadline.whichDuty"),
    /** {0} the quoted day. */
    WHICH_MONTH("deadline.whichMonth"),
    /** {0} the quoted weekday. */
    WHICH_WEEK("deadline.whichWeek"),
    /** {0} the quoted day or weekday. */
    WHICH_PERIOD("deadline.whichPeriod"),
    /** {0} the quoted term inside a condition. */
    WHICH_BASE("deadline.whichBase"),
    /** {0} the quoted words. */
    MEANING_UNCLEAR("deadline.meaningUnclear"),
    /** {0} the quoted aside, {1} the term before it. */
    ASIDE_UNCLEAR("deadline.asideUnclear"),
    /** {0} the quoted month, {1} the date before it. */
    MONTH_OR_DAY("deadline.monthOrDay"),
    /** {0} the quoted range. */
    RANGE_NOT_UNDERSTOOD("deadline.rangeNotUnderstood"),
    /** {0} the quoted item. */
    WHICH_YEAR("deadline.whichYear"),
    /** {0} the quoted range. */
    RANGE_BACKWARDS("deadline.rangeBackwards"),
    /** {0} the last year of the duty. */
    NOTHING_LEFT("deadline.nothingLeft"),
    /** {0} the quoted milestone, {1} the plan year, {2} the issue date. */
    BEFORE_ISSUE("deadline.beforeIssue"),
    /** No issue date to count from. */
    NO_ISSUE_DATE("deadline.noIssueDate"),
    /** {0} the quoted date term, {1} the event beside it. */
    EVENT_AND_TIME("deadline.eventAndTime"),
    /** {0} the quoted words not understood. */
    NOT_UNDERSTOOD("deadline.notUnderstood");

    private final String key;

    DeadlineError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
