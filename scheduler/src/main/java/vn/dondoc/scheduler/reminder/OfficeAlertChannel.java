package vn.dondoc.scheduler.reminder;

import vn.dondoc.scheduler.delivery.DeliveryResult;

/** Where the office's alert about undelivered reminders goes; the bot module words and sends it. */
public interface OfficeAlertChannel {

    DeliveryResult deliver(OfficeAlert alert);
}
