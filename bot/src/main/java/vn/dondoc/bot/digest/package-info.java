/**
 * The weekly digest as leaders read it on Telegram: {@link vn.dondoc.bot.digest.DigestText} writes a
 * {@link vn.dondoc.scheduler.digest.Digest} as one HTML message that fits Telegram's limit. The same
 * text serves the Monday digest, {@code /report} and the command line.
 */
package vn.dondoc.bot.digest;
