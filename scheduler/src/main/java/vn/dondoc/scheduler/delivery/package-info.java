/**
 * Outgoing messages as the scheduler sees them: results a channel reports back. The channel
 * itself (Telegram) lives in the bot module; the scheduler never imports it.
 */
package vn.dondoc.scheduler.delivery;
