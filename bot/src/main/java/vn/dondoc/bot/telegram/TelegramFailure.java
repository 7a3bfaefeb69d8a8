package vn.dondoc.bot.telegram;

import java.time.Duration;

/**
 * Telegram said no, or could not be reached. {@code errorCode} is the Bot API's (429, 403, 400, 5xx)
 * or 0 for a network failure, where the message may or may not have arrived.
 */
public final class TelegramFailure extends RuntimeException {

    private final int errorCode;
    private final Duration retryAfter;

    public TelegramFailure(int errorCode, String description, Duration retryAfter, Throwable cause) {
        super(description, cause);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    public int errorCode() {
        return errorCode;
    }

    /** For 429: how long Telegram asks every send to wait. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isBlocked() {
        return errorCode == 403;
    }

    public boolean isTooManyRequests() {
        return errorCode == 429;
    }

    /** A 5xx or a network failure: worth another try later. */
    public boolean isTransient() {
        return errorCode == 0 || errorCode >= 500;
    }
}
