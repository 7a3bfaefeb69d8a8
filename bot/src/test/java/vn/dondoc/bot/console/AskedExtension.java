package vn.dondoc.bot.console;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * An extension request made as a clerk makes it: the Sở Y tế clerk of {@link ConsoleApp} sends
 * {@code /giahan N 30/06/2024 lý do} to the bot through the fake Bot API, for a Sở Y tế task still open on time.
 */
record AskedExtension(long id, long taskId, LocalDate dueBefore) {

    static final LocalDate ASKED = LocalDate.of(2024, 6, 30);
    private static final Pattern REQUESTED = Pattern.compile("gia hạn #(\\d+)");

    static AskedExtension byTheClerk(ConsoleApp console) {
        LocalDate today = LocalDate.of(2024, 3, 25);
        long yTe = console.app.getBean(AgencyRegister.class).all().stream()
                .filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
        MilestoneLine open = console.app.getBean(TaskRegister.class).milestones(TaskQuery.ofAgency(yTe, today)).stream()
                .filter(l -> l.status() == MilestoneStatus.OPEN_ON_TIME && l.due() != null && l.due().isBefore(ASKED)
                        && l.lead().contains("Sở Y tế"))
                .findFirst().orElseThrow();
        console.telegram.userSays(ConsoleApp.STAFF, "/giahan " + open.taskId() + " 30/06/2024 chờ ý kiến Bộ Y tế");
        FakeBotApi.Call answer = console.telegram.awaitMessageContaining(ConsoleApp.STAFF, "Đã gửi đề nghị gia hạn #");
        Matcher id = REQUESTED.matcher(answer.text());
        if (!id.find()) {
            throw new AssertionError(answer.text());
        }
        return new AskedExtension(Long.parseLong(id.group(1)), open.taskId(), open.due());
    }
}
