/**
 * What an import of a register says: the summary of {@code import} (and {@code import --dry-run}), printed by the
 * command line and sent, escaped, by the bot when the office sends a file.
 */
package vn.dondoc.messages.importing;
