package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A period's standing on a day: the target met or not by the figure reported, or no figure yet. */
public enum Standing {
    /** Đạt. */
    MET,
    /** Chưa đạt. */
    NOT_MET,
    /** Chưa báo cáo: the period has ended (its end day included) and no figure came. */
    NOT_REPORTED,
    /** The period has not ended and no figure came yet. */
    NOT_DUE;

    /** A reported figure is judged whenever it came (early included); without one, the period's end decides. */
    static Standing of(Figure target, Direction direction, Actual actual, LocalDate end, LocalDate day) {
        if (actual != null) {
            return target.reachedBy(actual.value(), direction) ? MET : NOT_MET;
        }
        return day.isBefore(end) ? NOT_DUE : NOT_REPORTED;
    }

    /** How far an actual falls short of its target, as a share of the target (0.25 is a quarter short); 0 when met. */
    static double shortfall(Figure target, Direction direction, BigDecimal actual) {
        BigDecimal threshold = target.threshold(direction);
        if (threshold == null || target.reachedBy(actual, direction)) {
            return 0;
        }
        boolean lessIsBetter = target.kind() == Figure.Kind.AT_MOST || target.kind() == Figure.Kind.LESS_THAN
                || (direction == Direction.LESS_IS_BETTER && (target.kind() == Figure.Kind.EXACT || target.kind() == Figure.Kind.RANGE));
        double gap = lessIsBetter ? actual.subtract(threshold).doubleValue() : threshold.subtract(actual).doubleValue();
        double base = Math.abs(threshold.doubleValue());
        return base == 0 ? Math.abs(gap) : gap / base;
    }
}
