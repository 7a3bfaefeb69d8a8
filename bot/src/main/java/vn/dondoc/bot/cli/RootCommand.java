package vn.dondoc.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.dondoc.messages.Texts;

@Command(name = "dondoc",
        description = "Đôn đốc: sổ theo dõi nhiệm vụ UBND tỉnh giao và nhắc hạn qua Telegram.",
        subcommands = {
                DeadlineCommand.class,
                ImportCommand.class,
                TasksCommand.class,
                EventCommand.class,
                EventsCommand.class,
                IndicatorsCommand.class,
                LetterCommand.class,
                AgenciesCommand.class,
                ContactsCommand.class,
                ContactCommand.class,
                HolidaysCommand.class,
                RemindCommand.class,
                RemindBenchmarkCommand.class,
                NoticeBenchmarkCommand.class,
                DigestCommand.class,
                RunCommand.class,
                CopyRegisterCommand.class,
        },
        footer = {"", "Sổ là tệp SQLite ở DONDOC_DB (mặc định ./dondoc.db). Mã thoát: 0 thành công, 2 tham số hay dữ liệu sai."})
final class RootCommand implements Runnable {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    RootCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), texts.get("cli.missingCommand"));
    }
}
