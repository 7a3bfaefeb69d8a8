package vn.dondoc.scheduler.delivery;

import java.util.List;

/**
 * What became of one message handed to a channel (Telegram, or the console without a token).
 * The register records it: sent with Telegram's message ids, failed after retries (tried again by later
 * passes when the cause may pass), or blocked by the person (never retried; the office is told).
 */
public sealed interface DeliveryResult {

    record Sent(List<Long> messageIds) implements DeliveryResult {
        public Sent {
            messageIds = List.copyOf(messageIds);
        }
    }

    /**
     * Not delivered. {@code mayPass}: the cause may go away (the network, a 5xx, a 429 outlasting the
     * retries, a timeout), so a later pass tries again; false for a refusal that would repeat (400 and the like).
     */
    record Failed(String reason, boolean mayPass) implements DeliveryResult {

        /** A refusal that would repeat: not tried again. */
        public Failed(String reason) {
            this(reason, false);
        }

        /** A failure a later pass may get past. */
        public static Failed mayPass(String reason) {
            return new Failed(reason, true);
        }
    }

    record Blocked(String reason) implements DeliveryResult {
    }
}
