package vn.dondoc.scheduler.register;

import java.time.Clock;
import java.time.ZoneId;

/** The offices' time zone: a "day" in the register is a day in Vietnam, wherever the server runs. */
public final class OfficeZone {

    public static final ZoneId ID = ZoneId.of("Asia/Ho_Chi_Minh");

    private OfficeZone() {
    }

    public static Clock systemClock() {
        return Clock.system(ID);
    }
}
