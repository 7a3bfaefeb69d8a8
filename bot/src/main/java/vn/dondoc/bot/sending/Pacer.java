package vn.dondoc.bot.sending;

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
 * (Bucket4j's TimeMeter, and every wait is a {@link Ticker#sleep}), so tests see every pause without waiting.
 */
public final class Pacer {

    private final PacingSettings settings;
    private final Ticker ticker;
    private final TimeMeter meter;
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
        this.overall = bucket(Duration.ofSeconds(1).dividedBy(settings.perSecond()));
        this.pausedUntil = new AtomicLong(ticker.nanoTime());
    }

    /**
     * Blocks until a message to {@code chatId} may go. Takes a turn from every limit at one instant,
     * once all of them have one: a chat's turn taken while still waiting for the overall one would let
     * its next message go less than a second after this one really went.
     */
    public void acquire(long chatId) throws InterruptedException {
        Bucket chat = perChat.computeIfAbsent(chatId, id -> bucket(settings.perChatInterval()));
        Bucket group = chatId < 0
                ? perGroup.computeIfAbsent(chatId, id -> bucket(Duration.ofMinutes(1).dividedBy(settings.groupPerMinute())))
                : null;
        while (true) {
            waitForPause();
            long wait = Math.max(waitFor(chat), Math.max(group == null ? 0 : waitFor(group), waitFor(overall)));
            if (wait > 0) {
                ticker.sleep(wait);
                continue;
            }
            if (tryTakeAll(chat, group)) {
                return;
            }
            // Another sender took a turn in between: look again.
        }
    }

    private static long waitFor(Bucket bucket) {
        return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    /** All turns or none: a turn taken from one limit is given back when another has none left. */
    private boolean tryTakeAll(Bucket chat, Bucket group) {
        synchronized (overall) {
            if (!chat.tryConsume(1)) {
                return false;
            }
            if (group != null && !group.tryConsume(1)) {
                chat.addTokens(1);
                return false;
            }
            if (!overall.tryConsume(1)) {
                chat.addTokens(1);
                if (group != null) {
                    group.addTokens(1);
                }
                return false;
            }
            return true;
        }
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
