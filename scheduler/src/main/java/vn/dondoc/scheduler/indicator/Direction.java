package vn.dondoc.scheduler.indicator;

/** Which way an indicator improves; bounds ("≥ 90") say it themselves, names say it for plain targets. */
public enum Direction {
    MORE_IS_BETTER,
    LESS_IS_BETTER
}
