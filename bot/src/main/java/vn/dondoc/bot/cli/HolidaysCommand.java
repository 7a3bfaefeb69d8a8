package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.Holiday;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDays;

@Command(name = "holidays",
        description = {"Các ngày nghỉ của một năm (ngoài thứ Bảy, Chủ nhật): lễ, Tết và Giỗ Tổ theo âm lịch Việt Nam,",
                "ngày nghỉ bù theo Bộ luật Lao động 2019, và những ngày Văn phòng đã khai (holidays add)."},
        subcommands = HolidaysAddCommand.class)
final class HolidaysCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final OfficeDays officeDays;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "Năm cần xem, ví dụ 2024.")
    Integer year;

    @Option(names = "--json", description = "Mỗi ngày một dòng JSON: {\"date\":…,\"name\":…,\"kind\":…}.")
    boolean json;

    HolidaysCommand(CliEnvironment env, Texts texts, ExistingRegister register, OfficeDays officeDays) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.officeDays = officeDays;
    }

    @Override
    public Integer call() {
        if (year == null) {
            throw new ParameterException(spec.commandLine(), texts.get("cli.missingOption", "--year"));
        }
        if (year < 1900 || year > 2200) {
            throw new CliException(texts.get("cli.holidayYear", year));
        }
        List<Holiday> days = (register.exists() ? officeDays.calendar() : new OfficeCalendar(List.of())).daysOff(year);
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            days.forEach(d -> lines.write(JsonLines.object("date", d.date().toString(), "name", d.name(), "kind", d.kind().name())));
            return Cli.OK;
        }
        Table table = new Table(texts.get("holidays.header").split("\t"));
        for (Holiday day : days) {
            table.add(Formats.date(day.date()), texts.get("weekday." + day.date().getDayOfWeek().getValue()), day.name());
        }
        table.print(env.out());
        env.out().println(texts.get("holidays.summary", year, days.size()));
        return Cli.OK;
    }
}
