package vn.dondoc.bot.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.dondoc.scheduler.notice.NoticeBenchmark;

/** For developers, hidden from the help: scores the notice reader on notices whose tasks were written out by hand. */
@Command(name = "notice-benchmark", hidden = true,
        description = "Chấm bộ đọc thông báo trên một thư mục thông báo thật kèm nhiệm vụ viết tay (TÊN.txt và TÊN.expected).")
final class NoticeBenchmarkCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "THƯ_MỤC", description = "Thư mục có các cặp TÊN.txt (.docx, .pdf) và TÊN.expected.")
    Path folder;

    NoticeBenchmarkCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        NoticeBenchmark.Figures f = NoticeBenchmark.run(folder);
        var out = env.out();
        out.println(String.format(Locale.ROOT, "notices: %d, expected (lead, task) pairs: %d, found: %d, right: %d",
                f.notices(), f.expected(), f.found(), f.right()));
        out.println(String.format(Locale.ROOT, "precision %.2f (target >= 0.90)   recall %.2f (target >= 0.80)",
                f.precision(), f.recall()));
        out.println(String.format(Locale.ROOT, "definite due dates right: %d of %d = %.2f (target: every one)",
                f.rightDates(), f.definiteDates(), f.dateShare()));
        f.misses().forEach(m -> out.println("missed: " + m));
        f.extras().forEach(e -> out.println("not expected: " + e));
        boolean met = f.precision() >= 0.9 && f.recall() >= 0.8 && f.rightDates() == f.definiteDates();
        return met ? Cli.OK : 1;
    }
}
