package vn.dondoc.scheduler.indicator;

/** A figure recorded: the indicator as it now stands, and the period's standing with it. */
public record IndicatorReported(IndicatorLine line, Period period, Actual actual, Standing standing) {
}
