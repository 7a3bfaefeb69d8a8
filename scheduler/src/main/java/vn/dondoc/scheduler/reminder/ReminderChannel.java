package vn.dondoc.scheduler.reminder;

import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * Where reminder messages go: Telegram, or the console when there is no token. Implemented in the
 * bot module; it paces and retries itself and reports one result per message.
 */
public interface ReminderChannel {

    DeliveryResult deliver(ReminderMessage message);

    /**
     * False for a channel that only prints (no token): printing is never sending, so a pass through it
     * runs as a dry run and records nothing.
     */
    default boolean delivers() {
        return true;
    }

    /**
     * How many messages a pass may have under way at once through this channel: {@link #deliver} is then
     * called from that many threads, and must be safe so (one keeps the calls on the pass's own thread). The
     * channel still keeps every rate limit across all of them. A crash may send again as many as this.
     */
    default int inFlight() {
        return 1;
    }
}
