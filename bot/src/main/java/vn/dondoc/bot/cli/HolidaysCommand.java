package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.dondoc.scheduler.calendar.WorkingDay;

@Command(name = "holidays",
        description = {"Các ngày nghỉ của một năm và nguồn của từng ngày: lễ, Tết và Giỗ Tổ theo Bộ luật Lao động (âm lịch",
                "Việt Nam), lịch nghỉ Chính phủ đã công bố (số văn bản; thứ Bảy, Chủ nhật trong đợt nghỉ cũng được liệt kê),",
                "và những ngày Văn phòng đã khai (holidays add); sau đó là các ngày làm việc bù."},
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

    @Option(names = "--json", description = "Mỗi ngày nghỉ một dòng JSON: {\"date\":…,\"name\":…,\"kind\":…}, thêm \"document\" (số văn bản) với ngày Chính phủ công bố.")
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
        OfficeCalendar calendar = register.exists() ? officeDays.calendar() : new OfficeCalendar(List.of());
        List<Holiday> days = calendar.daysOff(year);
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            days.forEach(d -> lines.write(toJson(d)));
            return Cli.OK;
        }
        Table table = new Table(texts.get("holidays.header").split("\t"));
        for (Holiday day : days) {
            table.add(Formats.date(day.date()), weekday(day.date()), texts.get("holidays.source." + day.kind(), day.document()), day.name());
        }
        table.print(env.out());
        List<WorkingDay> working = calendar.workingDays(year);
        if (!working.isEmpty()) {
            env.out().println();
            Table workingTable = new Table(texts.get("holidays.workingHeader").split("\t"));
            for (WorkingDay day : working) {
                String source = day.document() == null ? texts.get("holidays.source.OFFICE")
                        : texts.get("holidays.source.ANNOUNCED", day.document());
                workingTable.add(Formats.date(day.date()), weekday(day.date()), source, day.name());
            }
            workingTable.print(env.out());
        }
        long weekend = days.stream().filter(d -> d.date().getDayOfWeek().getValue() >= 6).count();
        env.out().println(texts.get("holidays.summary", year, days.size(), weekend, working.size()));
        int nextYear = LocalDate.now(env.clock()).getYear() + 1;
        if (LocalDate.now(env.clock()).getMonthValue() == 12 && !calendar.scheduleKnown(nextYear)) {
            env.out().println(texts.get("holidays.nextYearMissing", nextYear));
        }
        return Cli.OK;
    }

    private String weekday(LocalDate date) {
        return texts.get("weekday." + date.getDayOfWeek().getValue());
    }

    /** The contract's three fields, and the document only where there is one, so a rule day's line is unchanged. */
    private static Map<String, Object> toJson(Holiday day) {
        Map<String, Object> line = JsonLines.object("date", day.date().toString(), "name", day.name(), "kind", day.kind().name());
        if (day.document() != null) {
            line.put("document", day.document());
        }
        return line;
    }
}
