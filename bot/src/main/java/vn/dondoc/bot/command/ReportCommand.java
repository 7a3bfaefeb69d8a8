package vn.dondoc.bot.command;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.messages.Formats;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;

/** /baocao: the current picture for the office and leaders, in the standard statuses. */
final class ReportCommand implements BotCommand {

    @Override
    public List<String> names() {
        return List.of("baocao", "report");
    }

    @Override
    public Access access() {
        return Access.DECIDER;
    }

    @Override
    public void run(Request request) {
        List<MilestoneLine> lines = request.services().tasks().milestones(TaskQuery.all(request.today()));
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        StringBuilder out = new StringBuilder(request.text("report.header", Formats.date(request.today()), lines.size()));
        for (MilestoneStatus status : MilestoneStatus.values()) {
            out.append("\n• ").append(request.text("status." + status)).append(": <b>")
                    .append(counts.getOrDefault(status, 0)).append("</b>");
        }
        request.reply(out.toString());
    }
}
