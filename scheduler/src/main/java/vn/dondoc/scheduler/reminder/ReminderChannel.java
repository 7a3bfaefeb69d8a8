package vn.dondoc.scheduler.reminder;

import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * Where reminder messages go: Telegram, or the console when there is no token. Implemented in the
 * bot module; it paces and retries itself and reports one result per message.
 */
public interface ReminderChannel {

    DeliveryResult deliver(ReminderMessage message);
}
