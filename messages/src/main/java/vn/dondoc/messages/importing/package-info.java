/**
 * What an import says: the summary of {@code import} (and {@code import --dry-run}) and the listing of a notice in prose
 * ({@link vn.dondoc.messages.importing.NoticeText}), printed by the command line and sent, escaped, by the bot.
 */
package vn.dondoc.messages.importing;
