package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.dondoc.scheduler.register.OfficeZone;

/** A clock the test moves by hand, in the offices' zone. */
final class MutableClock extends Clock {

    private Instant now;

    MutableClock(LocalDate day) {
        setDay(day);
    }

    void setDay(LocalDate day) {
        now = day.atTime(9, 0).atZone(OfficeZone.ID).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return OfficeZone.ID;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
