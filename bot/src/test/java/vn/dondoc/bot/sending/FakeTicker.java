package vn.dondoc.bot.sending;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that moves only when someone sleeps: every pause is seen, none is waited for. */
public final class FakeTicker implements Ticker {

    private long now = 1_000_000_000_000L;
    public final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        sleeps.add(Duration.ofNanos(nanos));
        now += nanos;
    }

    public synchronized void advance(Duration d) {
        now += d.toNanos();
    }

    /** Time since the ticker started, for readable assertions. */
    public synchronized Duration elapsed() {
        return Duration.ofNanos(now - 1_000_000_000_000L);
    }
}
