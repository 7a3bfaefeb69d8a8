package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.OfficeDay;
import vn.dondoc.scheduler.calendar.OfficeDays;

@Command(name = "add",
        description = {"Khai một ngày theo lịch Chính phủ công bố: ngày nghỉ (mặc định) hoặc, với --working, ngày làm việc",
                "(làm bù thứ Bảy, hay một ngày luật định mà Chính phủ đã dời). Khai lại cùng ngày thì thay ngày cũ."})
final class HolidaysAddCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final OfficeDays officeDays;

    @Mixin
    HelpOption help;

    @Option(names = "--date", required = true, paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Ngày, ví dụ 08/02/2024 hoặc 2024-02-08.")
    LocalDate date;

    @Option(names = "--name", required = true, paramLabel = "TÊN", description = "Tên, ví dụ \"Nghỉ Tết Nguyên đán (29 tháng Chạp)\".")
    String name;

    @Option(names = "--working", description = "Ngày này là ngày làm việc.")
    boolean working;

    HolidaysAddCommand(CliEnvironment env, Texts texts, OfficeDays officeDays) {
        this.env = env;
        this.texts = texts;
        this.officeDays = officeDays;
    }

    @Override
    public Integer call() {
        OfficeDay day = new OfficeDay(date, name, working);
        officeDays.save(day);
        env.out().println(texts.get("holidays.saved", Formats.date(date), day.name(),
                texts.get(working ? "holidays.workingDay" : "holidays.dayOff")));
        return Cli.OK;
    }
}
