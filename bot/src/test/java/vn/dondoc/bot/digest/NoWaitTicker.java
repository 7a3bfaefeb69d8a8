package vn.dondoc.bot.digest;

import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;

/** Time that moves only when a sender waits, so the pacing of a digest costs the suite nothing. */
public final class NoWaitTicker implements Ticker {

    private long now;

    /** Sending paced and retried by the default settings, on a fresh ticker. */
    public static SendAttempts attempts() {
        Ticker ticker = new NoWaitTicker();
        return new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker);
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        now += nanos;
    }
}
