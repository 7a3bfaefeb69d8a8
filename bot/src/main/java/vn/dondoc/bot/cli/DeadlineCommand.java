package vn.dondoc.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.deadline.DeadlinePhrases;

@Command(name = "deadline",
        description = {"Đọc cụm từ thời hạn (\"Quý II\", \"trước ngày 18 hằng tháng\"…) thành các mốc ngày.",
                "Cụm từ lấy từ tham số, hoặc mỗi dòng một cụm từ từ đầu vào chuẩn; mỗi cụm từ in một dòng JSON:",
                "{\"phrase\":…,\"kind\":\"FIXED|MULTIPLE|RECURRING|NONE|EVENT|UNPARSED\",\"dates\":[\"YYYY-MM-DD\",…]},",
                "thêm \"labels\" ({\"YYYY-MM-DD\":\"sơ kết\",…}) khi văn bản gọi tên mốc, \"event\" (tên sự kiện chưa có ngày) với EVENT."})
final class DeadlineCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final OfficeDays officeDays;

    @Mixin
    HelpOption help;

    @Mixin
    IssueOptions issue;

    @Parameters(paramLabel = "CỤM_TỪ", arity = "0..*", description = "Cụm từ thời hạn; không có thì đọc từ đầu vào chuẩn.")
    List<String> phrases;

    DeadlineCommand(CliEnvironment env, Texts texts, ExistingRegister register, OfficeDays officeDays) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.officeDays = officeDays;
    }

    @Override
    public Integer call() {
        int planYear = issue.planYear(texts);
        LocalDate issued = issue.issued;
        DeadlinePhrases parser = new DeadlinePhrases((register.exists() ? officeDays.calendar() : new OfficeCalendar(List.of())));
        JsonLines out = new JsonLines(env.out());
        if (phrases != null && !phrases.isEmpty()) {
            phrases.forEach(p -> out.write(line(p, parser.parse(p, issued, planYear))));
            return Cli.OK;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8))) {
            for (String p = in.readLine(); p != null; p = in.readLine()) {
                if (!p.isBlank()) {
                    out.write(line(p, parser.parse(p, issued, planYear)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Cli.OK;
    }

    private Map<String, Object> line(String phrase, Deadline deadline) {
        Map<String, Object> object = JsonLines.object("phrase", phrase, "kind", deadline.kind().name(),
                "dates", deadline.dates().stream().map(LocalDate::toString).toList());
        if (!deadline.labels().isEmpty()) {
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            deadline.labels().forEach((date, label) -> labels.put(date.toString(), label));
            object.put("labels", labels);
        }
        if (deadline.event() != null) {
            object.put("event", deadline.event());
        }
        if (deadline.kind() == DeadlineKind.UNPARSED) {
            object.put("problem", texts.render(deadline.problem()));
        }
        return object;
    }
}
