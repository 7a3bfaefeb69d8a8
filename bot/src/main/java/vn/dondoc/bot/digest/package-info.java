/**
 * The weekly digest as leaders read it on Telegram: {@link vn.dondoc.bot.digest.DigestText} writes a
 * {@link vn.dondoc.scheduler.digest.Digest} as one HTML message that fits Telegram's limit. The same
 * text serves the Monday digest, {@code /report} and the command line.
 * {@link vn.dondoc.bot.digest.TelegramDigestChannel} sends it with the chart and the register, paced and
 * retried; {@link vn.dondoc.bot.digest.DigestJob} is the run the schedule and the {@code digest} command share.
 */
package vn.dondoc.bot.digest;
