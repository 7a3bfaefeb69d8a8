package vn.dondoc.bot.sending;

import java.util.concurrent.TimeUnit;

/** The time senders wait by: the system's monotonic clock in production, a fake one in tests. */
public interface Ticker {

    long nanoTime();

    void sleep(long nanos) throws InterruptedException;

    static Ticker system() {
        return new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }
}
