/**
 * The bot's side of the weekly digest pass ({@code scheduler/digest/DigestPass}):
 * {@link vn.dondoc.bot.digest.TelegramDigestChannel} sends the text, the chart and the register, paced
 * and retried. The text, chart and workbook are drawn in {@code messages/digest}.
 */
package vn.dondoc.bot.digest;
