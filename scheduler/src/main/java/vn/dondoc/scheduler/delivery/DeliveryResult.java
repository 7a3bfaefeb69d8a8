package vn.dondoc.scheduler.delivery;

import java.util.List;

/**
 * What became of one message handed to a channel (Telegram, or the console without a token).
 * The register records it: sent with Telegram's message ids, failed after retries, or blocked by
 * the person (never retried; the office is told).
 */
public sealed interface DeliveryResult {

    record Sent(List<Long> messageIds) implements DeliveryResult {
        public Sent {
            messageIds = List.copyOf(messageIds);
        }
    }

    record Failed(String reason) implements DeliveryResult {
    }

    record Blocked(String reason) implements DeliveryResult {
    }
}
