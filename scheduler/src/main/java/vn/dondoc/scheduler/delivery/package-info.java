/**
 * Outgoing messages as the scheduler sees them: results a channel reports back
 * ({@link vn.dondoc.scheduler.delivery.DeliveryResult}) and what they mean for the contact
 * ({@link vn.dondoc.scheduler.delivery.DeliveryOutcomes}). The channels themselves (Telegram, the
 * console) live in the bot module; the scheduler never imports them.
 */
package vn.dondoc.scheduler.delivery;
