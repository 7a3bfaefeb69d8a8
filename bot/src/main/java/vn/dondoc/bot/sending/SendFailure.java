package vn.dondoc.bot.sending;

import java.time.Duration;

/**
 * Why one send failed, in the terms retries care about. The Telegram client's errors are mapped to
 * these in one place (429 → TOO_MANY_REQUESTS with retry_after, 403 → FORBIDDEN, 5xx and network
 * errors → TRANSIENT, other 4xx → PERMANENT).
 */
public final class SendFailure extends Exception {

    public enum Kind {
        /** 429: wait {@link #retryAfter()}, everyone, then try again. */
        TOO_MANY_REQUESTS,
        /** 403: the person blocked the bot or left the group; never retried. */
        FORBIDDEN,
        /** 5xx, timeouts, network: may work a little later. */
        TRANSIENT,
        /** 400 and the like: the same request will fail again. */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    private SendFailure(Kind kind, Duration retryAfter, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static SendFailure tooManyRequests(Duration retryAfter, String reason) {
        return new SendFailure(Kind.TOO_MANY_REQUESTS, retryAfter, reason, null);
    }

    public static SendFailure forbidden(String reason) {
        return new SendFailure(Kind.FORBIDDEN, Duration.ZERO, reason, null);
    }

    public static SendFailure transientFailure(String reason, Throwable cause) {
        return new SendFailure(Kind.TRANSIENT, Duration.ZERO, reason, cause);
    }

    public static SendFailure permanent(String reason) {
        return new SendFailure(Kind.PERMANENT, Duration.ZERO, reason, null);
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
