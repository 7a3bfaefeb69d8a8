package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** A figure an agency reported for one period: as typed and as a number, who reported it and when. */
public record Actual(Period period, String written, BigDecimal value, String by, Long contactId, Instant at) {
}
