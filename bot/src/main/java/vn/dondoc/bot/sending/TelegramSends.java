package vn.dondoc.bot.sending;

import java.util.List;
import java.util.function.Supplier;
import vn.dondoc.bot.telegram.TelegramFailure;

/** Turns a call to the {@link vn.dondoc.bot.telegram.Outbox} into a {@link SendAttempts.Send}: Telegram's refusals become SendFailures. */
public final class TelegramSends {

    private TelegramSends() {
    }

    /** {@code call} returns the ids of the messages it sent (one, for a part within the limit). */
    public static SendAttempts.Send of(Supplier<List<Long>> call) {
        return () -> {
            try {
                List<Long> ids = call.get();
                return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
            } catch (TelegramFailure e) {
                throw failure(e);
            }
        };
    }

    public static SendFailure failure(TelegramFailure e) {
        String reason = e.errorCode() == 0 ? e.getMessage() : e.errorCode() + " " + e.getMessage();
        if (e.isTooManyRequests()) {
            return SendFailure.tooManyRequests(e.retryAfter() == null ? java.time.Duration.ofSeconds(1) : e.retryAfter(), reason);
        }
        if (e.isBlocked()) {
            return SendFailure.forbidden(reason);
        }
        if (e.isTransient()) {
            return SendFailure.transientFailure(reason, e);
        }
        return SendFailure.permanent(reason);
    }
}
