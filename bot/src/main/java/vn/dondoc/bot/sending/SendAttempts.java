package vn.dondoc.bot.sending;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * Sends under the {@link Pacer} and retries as each failure calls for: a 429 pauses every sender for
 * its retry_after and tries again; a transient failure (5xx, network) is retried with exponential
 * backoff up to the attempt limit, then given up as Failed; 403 is Blocked at once; other client
 * errors are Failed at once.
 */
public final class SendAttempts {

    /** One Telegram request; returns the id of the message it created. */
    @FunctionalInterface
    public interface Send {
        long send() throws SendFailure;
    }

    private final Pacer pacer;
    private final RetrySettings settings;
    private final Ticker ticker;

    public SendAttempts(Pacer pacer, RetrySettings settings, Ticker ticker) {
        this.pacer = pacer;
        this.settings = settings;
        this.ticker = ticker;
    }

    /** Sends one message to {@code chatId}. */
    public DeliveryResult send(long chatId, Send send) {
        return sendAll(chatId, List.of(send));
    }

    /**
     * Sends the parts of one message in order; stops at the first part that fails. A failure after
     * some parts went out says so, with the ids of those parts, since they cannot be taken back.
     */
    public DeliveryResult sendAll(long chatId, List<Send> parts) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            try {
                ids.add(attempt(chatId, parts.get(i)));
            } catch (SendFailure failure) {
                String reason = describe(failure) + (i > 0 ? " (after part " + i + " of " + parts.size() + " was sent: " + ids + ")" : "");
                return switch (failure.kind()) {
                    case FORBIDDEN -> new DeliveryResult.Blocked(reason);
                    case PERMANENT -> new DeliveryResult.Failed(reason);
                    // Telegram busy or out of reach: a later pass tries again.
                    case TRANSIENT, TOO_MANY_REQUESTS -> DeliveryResult.Failed.mayPass(reason);
                };
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DeliveryResult.Failed.mayPass("interrupted while waiting to send" + (ids.isEmpty() ? "" : " (sent: " + ids + ")"));
            }
        }
        return new DeliveryResult.Sent(ids);
    }

    private long attempt(long chatId, Send send) throws SendFailure, InterruptedException {
        int attempts = 0;
        int rateLimited = 0;
        long backoff = settings.firstBackoff().toNanos();
        while (true) {
            pacer.acquire(chatId);
            try {
                return send.send();
            } catch (SendFailure failure) {
                switch (failure.kind()) {
                    case TOO_MANY_REQUESTS -> {
                        if (++rateLimited > settings.maxRateLimitWaits()) {
                            throw failure;
                        }
                        pacer.pauseAll(failure.retryAfter());
                    }
                    case TRANSIENT -> {
                        if (++attempts >= settings.maxAttempts()) {
                            throw failure;
                        }
                        ticker.sleep(backoff);
                        backoff *= 2;
                    }
                    case FORBIDDEN, PERMANENT -> throw failure;
                }
            }
        }
    }

    private static String describe(SendFailure failure) {
        return failure.getMessage() == null ? failure.kind().name() : failure.getMessage();
    }
}
