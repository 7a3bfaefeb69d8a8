package vn.dondoc.bot.delivery;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps sends within Telegram's limits: at most {@code perSecond} overall, one per
 * {@code perChatInterval} to a chat, {@code groupPerMinute} to a group chat (negative ids), and
 * nothing at all during a {@link #pauseAll} (a 429's retry_after). Thread-safe.
 *
 * <p>Each limit is a Bucket4j token bucket of capacity one, so sends are evenly spaced rather than
 * bursty: a burst bucket (capacity 20 refilled per minute) would allow up to 39 messages in one
 * 60-second window, which is exactly what Telegram punishes. Time comes from the {@link Ticker}
 * (Bucket4j's TimeMeter and BlockingStrategy), so tests see every pause without waiting.
 */
public final class Pacer {

    private final PacingSettings settings;
    private final Ticker ticker;
    private final TimeMeter meter;
    private final BlockingStrategy sleeper;
    private final Bucket overall;
    private final Map<Long, Bucket> perChat = new ConcurrentHashMap<>();
    private final Map<Long, Bucket> perGroup = new ConcurrentHashMap<>();
    private final AtomicLong pausedUntil;

    public Pacer(PacingSettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.sleeper = ticker::sleep;
        this.overall = bucket(Duration.ofSeconds(1).dividedBy(settings.perSecond()));
        this.pausedUntil = new AtomicLong(ticker.nanoTime());
    }

    /** Blocks until a message to {@code chatId} may go. */
    public void acquire(long chatId) throws InterruptedException {
        waitForPause();
        perChat.computeIfAbsent(chatId, id -> bucket(settings.perChatInterval())).asBlocking().consume(1, sleeper);
        if (chatId < 0) {
            perGroup.computeIfAbsent(chatId, id -> bucket(Duration.ofMinutes(1).dividedBy(settings.groupPerMinute())))
                    .asBlocking().consume(1, sleeper);
        }
        overall.asBlocking().consume(1, sleeper);
        // A 429 may have come in while this sender waited for its turn.
        waitForPause();
    }

    /** Every sender waits {@code duration} from now (Telegram's retry_after); a longer pause already set stands. */
    public void pauseAll(Duration duration) {
        long until = ticker.nanoTime() + duration.toNanos();
        pausedUntil.accumulateAndGet(until, Math::max);
    }

    private void waitForPause() throws InterruptedException {
        long wait;
        while ((wait = pausedUntil.get() - ticker.nanoTime()) > 0) {
            ticker.sleep(wait);
        }
    }

    private Bucket bucket(Duration interval) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .withCustomTimePrecision(meter)
                .build();
    }
}
