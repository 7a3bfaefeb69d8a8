package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.EventDated;
import vn.dondoc.scheduler.task.EventDates;

@Command(name = "event",
        description = {"Văn phòng ghi ngày của một sự kiện mà thời hạn nhiệm vụ chờ (\"trước kỳ họp HĐND tỉnh cuối năm\"):",
                "mọi nhiệm vụ đang chờ sự kiện đó nhận ngày này làm hạn, mỗi nhiệm vụ một dòng lịch sử. Ghi lại ngày",
                "khác khi sự kiện dời: các hạn còn mở theo ngày cũ chuyển theo. Xem các sự kiện bằng lệnh events."})
final class EventCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final EventDates events;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "SỰ_KIỆN",
            description = "Tên sự kiện như văn bản viết (có dấu hay không dấu đều được), ví dụ \"kỳ họp HĐND tỉnh cuối năm\".")
    String name;

    @Parameters(index = "1", paramLabel = "NGÀY", converter = OfficeDates.Day.class, description = "Ngày diễn ra, ví dụ 05/12/2024.")
    LocalDate heldOn;

    EventCommand(CliEnvironment env, Texts texts, ExistingRegister register, EventDates events) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.events = events;
    }

    @Override
    public Integer call() {
        register.require();
        String who = texts.get("tasks.done.actor", System.getProperty("user.name", "?"));
        EventDated dated = events.date(name, heldOn, Actor.program(who));
        String date = Formats.date(dated.event().heldOn());
        if (dated.previous() == null || dated.previous().equals(heldOn)) {
            env.out().println(texts.get("event.dated", dated.event().name(), date, dated.tasks().size()));
        } else {
            env.out().println(texts.get("event.moved", dated.event().name(), date, dated.tasks().size(),
                    Formats.date(dated.previous())));
        }
        if (!dated.tasks().isEmpty()) {
            env.out().println(texts.get("event.tasks",
                    dated.tasks().stream().map(id -> "#" + id).collect(Collectors.joining(", "))));
        }
        return Cli.OK;
    }
}
