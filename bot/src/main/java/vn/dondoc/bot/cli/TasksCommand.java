package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskStatus;
import vn.dondoc.scheduler.text.VietnameseText;

@Command(name = "tasks",
        description = {"Sổ nhiệm vụ với trạng thái tính đến một ngày. Mỗi nhiệm vụ một dòng (trạng thái của mốc",
                "sớm nhất còn mở); với --json mỗi mốc thời hạn một dòng JSON. \"tasks done N --on NGÀY\" ghi hoàn thành."},
        subcommands = TasksDoneCommand.class)
final class TasksCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final TaskRegister tasks;
    private final AgencyArgument agencies;

    @Mixin
    HelpOption help;

    @Option(names = "--agency", paramLabel = "CƠ_QUAN", description = "Chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp.")
    String agency;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Chỉ các trạng thái này: DONE_ON_TIME, DONE_LATE, OPEN_ON_TIME, OPEN_OVERDUE, NO_DEADLINE, CANCELLED"
                    + " (hay tên tiếng Việt: \"đang thực hiện quá hạn\"…), cách nhau bằng dấu phẩy.")
    List<String> status;

    @Option(names = "--now", paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Tính trạng thái đến ngày này, ví dụ 25/03/2024 hoặc 2024-03-25 (mặc định hôm nay, giờ Việt Nam).")
    LocalDate now;

    @Option(names = "--json", description = "Mỗi mốc một dòng JSON: {\"task\":…,\"source\":…,\"item\":…,\"title\":…,"
            + "\"lead\":[…],\"deadline_text\":…,\"due\":…,\"status\":…}.")
    boolean json;

    TasksCommand(CliEnvironment env, Texts texts, ExistingRegister register, TaskRegister tasks, AgencyArgument agencies) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.tasks = tasks;
        this.agencies = agencies;
    }

    @Override
    public Integer call() {
        register.require();
        LocalDate day = now != null ? now : LocalDate.now(env.clock());
        Set<MilestoneStatus> wanted = statuses();
        Long agencyId = agency == null ? null : agencies.one(agency).id();
        List<MilestoneLine> lines = tasks.milestones(TaskQuery.ofAgency(agencyId, day));
        if (json) {
            JsonLines out = new JsonLines(env.out());
            lines.stream().filter(l -> wanted.contains(l.status())).forEach(l -> out.write(toJson(l)));
            return Cli.OK;
        }
        printTable(lines, wanted, day);
        return Cli.OK;
    }

    private static Map<String, Object> toJson(MilestoneLine l) {
        return JsonLines.object("task", l.taskId(), "source", l.source(), "item", l.item(), "title", l.title(),
                "lead", l.lead(), "deadline_text", l.deadlineText(), "due", iso(l.due()), "status", l.status().name(),
                "milestone", l.seq(), "kind", l.kind().name(), "original_due", iso(l.originalDue()),
                "cooperating", l.cooperating());
    }

    private void printTable(List<MilestoneLine> lines, Set<MilestoneStatus> wanted, LocalDate day) {
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        lines.forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
        Table table = new Table(texts.get("tasks.header").split("\t"));
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        for (List<MilestoneLine> milestones : byTask.values()) {
            MilestoneLine current = TaskStatus.current(milestones);
            if (!wanted.contains(current.status())) {
                continue;
            }
            counts.merge(current.status(), 1, Integer::sum);
            table.add("#" + current.taskId(), current.source(), current.item(),
                    current.due() == null ? texts.get("tasks.noDue") : Formats.date(current.due()),
                    texts.get("status." + current.status()), String.join(", ", current.lead()), current.title());
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            env.out().println(texts.get("tasks.none"));
            return;
        }
        table.print(env.out());
        String breakdown = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + texts.get("status." + e.getKey()))
                .collect(Collectors.joining(", "));
        env.out().println(texts.get("tasks.summary", total, Formats.date(day), breakdown));
    }

    /** Enum names or the Vietnamese labels, typed with or without diacritics. */
    private Set<MilestoneStatus> statuses() {
        if (status == null || status.isEmpty()) {
            return EnumSet.allOf(MilestoneStatus.class);
        }
        Set<MilestoneStatus> wanted = EnumSet.noneOf(MilestoneStatus.class);
        Texts vietnamese = Texts.of(Texts.Language.VIETNAMESE);
        for (String given : status) {
            String folded = VietnameseText.fold(given).replace('-', '_');
            MilestoneStatus match = Arrays.stream(MilestoneStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(folded.replace(' ', '_'))
                            || VietnameseText.fold(vietnamese.get("status." + s)).equals(folded))
                    .findFirst()
                    .orElseThrow(() -> new CliException(texts.get("cli.badStatus", given,
                            Arrays.stream(MilestoneStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
            wanted.add(match);
        }
        return wanted;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
