package vn.dondoc.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.dondoc.scheduler.text.LogValue;

/**
 * Hands each update to the handler, one after the other on the poller's thread (the register has
 * one writer anyway). The poller stops silently on any exception other than its own, so nothing
 * may escape from here: a failure is logged with the update's id (never the token) and polling goes on.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

    private final UpdateHandler handler;
    private final String token;

    UpdateConsumer(UpdateHandler handler, String token) {
        this.handler = handler;
        this.token = token;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            consume(update);
        }
    }

    private void consume(Update update) {
        try {
            Incoming incoming = Incoming.from(update);
            if (incoming != null) {
                handler.handle(incoming);
            }
        } catch (Throwable e) {
            // Even an Error: rethrown, it would end polling without a word (a StackOverflowError in
            // one handler must not leave every agency unanswered).
            logFailure(update.getUpdateId() == null ? -1 : update.getUpdateId(), e, token);
        }
    }

    /** A handler's failure, with the update's id, never the token (also for the workers of {@link FloodControl}). */
    static void logFailure(long updateId, Throwable e, String token) {
        log.error("Update {} failed: {}", updateId, LogValue.of(Secrets.scrub(String.valueOf(e), token)), new ScrubbedTrace(e, token));
    }

    /** The stack trace for the log, with every message scrubbed of the token. */
    private static final class ScrubbedTrace extends RuntimeException {
        ScrubbedTrace(Throwable original, String token) {
            super(original.getClass().getName() + ": " + LogValue.of(Secrets.scrub(original.getMessage(), token)),
                    original.getCause() == null ? null : new ScrubbedTrace(original.getCause(), token), false, false);
            setStackTrace(original.getStackTrace());
        }
    }
}
