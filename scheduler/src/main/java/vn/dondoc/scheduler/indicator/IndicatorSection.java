package vn.dondoc.scheduler.indicator;

import java.util.List;

/**
 * The digest's indicators: per period that has ended (or already has figures), how many are met, not met and not
 * reported; and the indicators furthest short of their target.
 */
public record IndicatorSection(List<PeriodCount> periods, List<Gap> worstGaps) {

    /** How many of the worst gaps the digest lists. */
    public static final int WORST_GAPS = 5;

    public static final IndicatorSection NONE = new IndicatorSection(List.of(), List.of());

    public IndicatorSection {
        periods = List.copyOf(periods);
        worstGaps = List.copyOf(worstGaps);
    }

    public record PeriodCount(Period period, int met, int notMet, int notReported) {
    }

    /** @param shortfallPercent how far short of the target, in percent of it */
    public record Gap(long indicatorId, String name, String unit, Period period, String actual, String target,
                      double shortfallPercent, List<String> agencies) {

        public Gap {
            agencies = List.copyOf(agencies);
        }
    }
}
