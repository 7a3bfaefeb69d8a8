package vn.dondoc.scheduler.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down and then locks out a chat that guesses invite codes (PRODUCT.md: codes are one-time and
 * expiring; this keeps them unguessable in practice). Kept in memory: a restart forgets, which costs an
 * attacker a restart of the bot they cannot cause. Only wrong codes count; a chat that links is forgotten.
 */
@Component
public class LinkGuard {

    /** Above this many chats, those idle longer than the window and not locked are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final LinkGuardSettings settings;
    private final Map<Long, Attempts> chats = new ConcurrentHashMap<>();

    public LinkGuard(Clock clock, LinkGuardSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Why {@code chatId} may not try a code now, or empty when it may. */
    Optional<LinkResult> refusal(long chatId) {
        Attempts attempts = chats.get(chatId);
        if (attempts == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (attempts) {
            if (attempts.lockedUntil != null && now.isBefore(attempts.lockedUntil)) {
                boolean tell = !attempts.toldLocked;
                attempts.toldLocked = true;
                return Optional.of(new LinkResult.LockedOut(attempts.lockedUntil, tell));
            }
            if (attempts.nextTry != null && now.isBefore(attempts.nextTry)) {
                boolean tell = !attempts.toldSoon;
                attempts.toldSoon = true;
                return Optional.of(new LinkResult.TooSoon(attempts.nextTry, tell));
            }
            return Optional.empty();
        }
    }

    /** Counts what a tried code did for {@code chatId}. */
    void record(long chatId, LinkResult result) {
        if (result instanceof LinkResult.Linked || result instanceof LinkResult.AwaitingOffice) {
            chats.remove(chatId);
            return;
        }
        if (!(result instanceof LinkResult.Unknown || result instanceof LinkResult.Revoked)) {
            return;
        }
        Instant now = clock.instant();
        if (chats.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Attempts attempts = chats.computeIfAbsent(chatId, id -> new Attempts());
        synchronized (attempts) {
            attempts.wrong.addLast(now);
            while (!attempts.wrong.isEmpty() && !attempts.wrong.peekFirst().isAfter(now.minus(settings.window()))) {
                attempts.wrong.removeFirst();
            }
            attempts.last = now;
            if (attempts.wrong.size() >= settings.wrongCodes()) {
                attempts.lockedUntil = now.plus(settings.lockout());
                attempts.toldLocked = false;
                attempts.wrong.clear();
                attempts.nextTry = null;
            } else {
                attempts.nextTry = now.plus(settings.pause().multipliedBy(1L << Math.min(20, attempts.wrong.size() - 1)));
                attempts.toldSoon = false;
            }
        }
    }

    private void prune(Instant now) {
        Duration window = settings.window();
        chats.entrySet().removeIf(e -> {
            Attempts a = e.getValue();
            synchronized (a) {
                return (a.lockedUntil == null || !now.isBefore(a.lockedUntil)) && a.last.plus(window).isBefore(now);
            }
        });
    }

    private static final class Attempts {
        final Deque<Instant> wrong = new ArrayDeque<>();
        Instant last = Instant.EPOCH;
        Instant lockedUntil;
        boolean toldLocked;
        Instant nextTry;
        boolean toldSoon;
    }
}
