package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.event.Event;
import vn.dondoc.scheduler.event.EventActions;

@Command(name = "events",
        description = {"Các sự kiện mà thời hạn nhiệm vụ chờ (\"trước kỳ họp HĐND tỉnh cuối năm\"), sự kiện chưa có ngày",
                "trước; với mỗi sự kiện: ngày (nếu Văn phòng đã ghi bằng lệnh event), số nhiệm vụ và số nhiệm vụ còn chờ ngày."})
final class EventsCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final EventActions events;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Mỗi sự kiện một dòng JSON: {\"event\":…,\"date\":\"YYYY-MM-DD\"|null,\"tasks\":…,\"waiting\":…}.")
    boolean json;

    EventsCommand(CliEnvironment env, Texts texts, ExistingRegister register, EventActions events) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.events = events;
    }

    @Override
    public Integer call() {
        register.require();
        List<Event> all = events.all();
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            all.forEach(e -> lines.write(JsonLines.object("event", e.name(),
                    "date", e.heldOn() == null ? null : e.heldOn().toString(), "tasks", e.tasks(), "waiting", e.waiting())));
            return Cli.OK;
        }
        if (all.isEmpty()) {
            env.out().println(texts.get("events.none"));
            return Cli.OK;
        }
        Table table = new Table(texts.get("events.header").split("\t"));
        for (Event e : all) {
            table.add(e.name(), e.heldOn() == null ? texts.get("events.noDate") : Formats.date(e.heldOn()),
                    String.valueOf(e.tasks()), String.valueOf(e.waiting()));
        }
        table.print(env.out());
        return Cli.OK;
    }
}
