package vn.dondoc.bot.telegram;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one chat may cost, applied before the dispatcher: messages wait in per-chat queues served in turn
 * ({@link ChatQueues}); then an exact repeat of the chat's last text is dropped, a chat over its budget of work
 * is dropped (a linked one is told once), and a chat that is not linked is answered once a minute at most, except
 * for its invite codes, which the use case slows down and locks out. Nothing dropped is answered.
 */
public final class FloodControl implements UpdateHandler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FloodControl.class);
    /** A link attempt ({@code /start CODE}, also without the slash): strangers must be able to link. */
    private static final Pattern LINK_ATTEMPT = Pattern.compile("(?is)/?(start|batdau)(@\\w+)?\\s+\\S+.*");
    /** Work beyond this costs one more turn per this much: slow commands spend the budget sooner. */
    private static final long WORK_PER_TURN_MS = 250;
    private static final int FORGET_ABOVE = 10_000;

    private final UpdateHandler next;
    private final FloodSettings settings;
    private final Clock clock;
    private final LongPredicate linked;
    private final LongConsumer tooFast;
    private final String token;
    private final TimeMeter meter;
    private final Map<Long, ChatCost> chats = new ConcurrentHashMap<>();
    private final ChatQueues queues;

    /**
     * {@code linked} tells whether a chat belongs to a contact; {@code tooFast} tells a linked chat, once, that it
     * went over its budget; {@code token} is kept out of the log of a failed update.
     */
    public FloodControl(UpdateHandler next, FloodSettings settings, Clock clock, LongPredicate linked, LongConsumer tooFast,
                        String token) {
        this.next = next;
        this.settings = settings;
        this.clock = clock;
        this.linked = linked;
        this.tooFast = tooFast;
        this.token = token;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.queues = new ChatQueues(settings.workers(), settings.queuePerChat(), this::serve);
    }

    /** Called on the poller's thread: only queues, so the poller fetches the next updates at once. */
    @Override
    public void handle(Incoming incoming) {
        if (!queues.offer(incoming)) {
            log.debug("Chat {}: queue full, update {} dropped", incoming.chatId(), incoming.updateId());
        }
    }

    /** Nothing waiting and nothing being answered. */
    public boolean idle() {
        return queues.idle();
    }

    private void serve(Incoming incoming) {
        try {
            if (admit(incoming)) {
                long started = System.nanoTime();
                next.handle(incoming);
                charge(incoming.chatId(), Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (Throwable e) {
            UpdateConsumer.logFailure(incoming.updateId(), e, token);
        }
    }

    private boolean admit(Incoming incoming) {
        Instant now = clock.instant();
        if (chats.size() > FORGET_ABOVE) {
            forgetIdle(now);
        }
        ChatCost cost = chats.computeIfAbsent(incoming.chatId(), id -> new ChatCost(budget()));
        boolean overBudget;
        synchronized (cost) {
            cost.seen = now;
            // Only the same text twice in a row: a button pressed in between makes the next text new again.
            boolean repeat = incoming.text() != null && incoming.text().equals(cost.lastText)
                    && now.isBefore(cost.lastTextAt.plus(settings.repeatWindow()));
            cost.lastText = incoming.text();
            cost.lastTextAt = now;
            if (repeat) {
                return false;
            }
            overBudget = !cost.budget.tryConsume(1);
            if (overBudget && cost.toldTooFast) {
                return false;
            }
            cost.toldTooFast = overBudget;
        }
        boolean isLinked = linked.test(incoming.chatId());
        if (overBudget) {
            // Told once until the chat is back within its budget; a stranger is not told at all.
            if (isLinked) {
                tooFast.accept(incoming.chatId());
            }
            return false;
        }
        if (isLinked || (incoming.text() != null && LINK_ATTEMPT.matcher(incoming.text().strip()).matches())) {
            return true;
        }
        synchronized (cost) {
            if (cost.strangerAnswered != null && now.isBefore(cost.strangerAnswered.plus(settings.strangerEvery()))) {
                return false;
            }
            cost.strangerAnswered = now;
            return true;
        }
    }

    /** Slow work costs more of the budget (a debt the chat pays back before its next message). */
    private void charge(long chatId, Duration took) {
        long extra = took.toMillis() / WORK_PER_TURN_MS;
        ChatCost cost = chats.get(chatId);
        if (extra > 0 && cost != null) {
            cost.budget.consumeIgnoringRateLimits(extra);
        }
    }

    private Bucket budget() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.burst())
                        .refillGreedy(settings.perMinute(), Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter)
                .build();
    }

    /** Chats quiet for ten minutes are back to a full budget anyway: forgetting them keeps memory bounded. */
    private void forgetIdle(Instant now) {
        Instant before = now.minus(Duration.ofMinutes(10)).minus(settings.strangerEvery());
        chats.entrySet().removeIf(e -> e.getValue().seen.isBefore(before));
    }

    @Override
    public void close() {
        queues.close();
    }

    private static final class ChatCost {
        final Bucket budget;
        Instant seen = Instant.EPOCH;
        String lastText;
        Instant lastTextAt;
        boolean toldTooFast;
        Instant strangerAnswered;

        ChatCost(Bucket budget) {
            this.budget = budget;
        }
    }
}
