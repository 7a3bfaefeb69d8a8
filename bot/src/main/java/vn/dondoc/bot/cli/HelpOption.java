package vn.dondoc.bot.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command, described in Vietnamese (picocli's own mixin is English). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn của lệnh này rồi thoát.")
    boolean help;
}
