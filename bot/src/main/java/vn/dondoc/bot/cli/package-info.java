/**
 * The command line of PRODUCT.md, a stable contract for scripts: one class per command, help in
 * Vietnamese, one JSON object per line with {@code --json}, exit 0 on success and 2 with a one-line
 * reason for bad arguments or input. Nothing here but {@code run} starts the poller or the scheduler.
 */
package vn.dondoc.bot.cli;
