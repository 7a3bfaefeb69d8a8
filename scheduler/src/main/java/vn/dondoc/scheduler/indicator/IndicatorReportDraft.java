package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;

/**
 * What a report would record, restated for the person to confirm before anything is written.
 *
 * @param previous the figure in force for that period, which this one would replace; null if none
 */
public record IndicatorReportDraft(IndicatorLine line, Period period, Figure target, String written, BigDecimal value,
                                   Standing standing, Actual previous) {
}
