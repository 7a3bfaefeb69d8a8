package vn.dondoc.scheduler.indicator;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why an indicator row is kept out or a report refused; the sentences are in the errors bundles of {@code messages/}. */
public enum IndicatorError implements ErrorCode {
    /** An indicator table whose header was found but no row under it is an indicator; {0} the header's line. */
    NO_INDICATOR_ROWS("indicator.noRows"),
    /** A row with figures but no name. */
    NO_NAME("indicator.noName"),
    /** {0} the indicator's name: no agency in its row nor in the rows above it. */
    NO_AGENCY("indicator.noAgency"),
    /** {0} the cell as written, {1} the indicator's name: a target that is not a number, kept as written. */
    NOT_A_FIGURE("indicator.notAFigure"),
    /** {0} the indicator number. */
    NOT_FOUND("indicator.notFound"),
    /** {0} the indicator number, {1} the caller's agency. */
    NOT_YOUR_AGENCY("indicator.notYourAgency"),
    /** {0} the indicator number, {1} the period's words. */
    NO_TARGET("indicator.noTarget"),
    /** {0} the indicator number: no period with a target is due for a figure yet. */
    NOTHING_DUE("indicator.nothingDue"),
    /** {0} what was typed. */
    NOT_A_NUMBER("indicator.notANumber"),
    /** {0} what was typed. */
    UNKNOWN_PERIOD("indicator.unknownPeriod");

    private final String key;

    IndicatorError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
