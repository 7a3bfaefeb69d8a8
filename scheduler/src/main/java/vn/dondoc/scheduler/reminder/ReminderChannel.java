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
}
