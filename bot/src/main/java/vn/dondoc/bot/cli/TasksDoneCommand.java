package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.DoneOutcome;
import vn.dondoc.scheduler.task.DoneRequest;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskActions;

@Command(name = "done",
        description = {"Văn phòng ghi một nhiệm vụ đã hoàn thành vào ngày nó hoàn thành (theo văn bản báo cáo),",
                "như /xong N ngày/tháng/năm trên Telegram. Lịch sử nhiệm vụ giữ người ghi và lúc ghi."})
final class TasksDoneCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final TaskActions tasks;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "N", description = "Số nhiệm vụ (cột task của tasks --json, số trong /nhiemvu).")
    long task;

    @Option(names = "--on", paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Ngày hoàn thành (mặc định hôm nay); không sau hôm nay.")
    LocalDate on;

    @Option(names = "--due", paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Mốc hạn được hoàn thành, khi nhiệm vụ có nhiều mốc đã đến hạn.")
    LocalDate due;

    @Option(names = "--note", paramLabel = "GHI_CHÚ", description = "Ghi chú, ví dụ số văn bản báo cáo.")
    String note;

    TasksDoneCommand(CliEnvironment env, Texts texts, ExistingRegister register, TaskActions tasks) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.tasks = tasks;
    }

    @Override
    public Integer call() {
        register.require();
        String who = texts.get("tasks.done.actor", System.getProperty("user.name", "?"));
        DoneOutcome outcome = tasks.recordDone(Actor.program(who), task, new DoneRequest(null, due, on, note));
        if (outcome instanceof DoneOutcome.Recorded recorded) {
            env.out().println(texts.get("tasks.done.recorded", task,
                    recorded.done().due() == null ? texts.get("tasks.noDue") : Formats.date(recorded.done().due()),
                    Formats.date(recorded.done().on())));
            return Cli.OK;
        }
        if (outcome instanceof DoneOutcome.AlreadyDone already) {
            env.out().println(texts.get("tasks.done.already", task, Formats.date(already.doneOn())));
            return Cli.OK;
        }
        DoneOutcome.Choose choose = (DoneOutcome.Choose) outcome;
        throw new CliException(texts.get("tasks.done.choose", task, String.join(", ", choose.open().stream()
                .map(MilestoneLine::due).filter(java.util.Objects::nonNull).map(LocalDate::toString).toList())));
    }
}
