/**
 * The command line of PRODUCT.md, a stable contract for scripts: one class per command, its collaborators
 * injected from the application's configuration (picocli creates only the command that runs), help in
 * Vietnamese, one JSON object per line with {@code --json}, exit 0 on success, 2 with a one-line reason in
 * DONDOC_LANG for bad arguments, input or settings. Nothing here but {@code run} starts the poller or Quartz.
 */
package vn.dondoc.bot.cli;
