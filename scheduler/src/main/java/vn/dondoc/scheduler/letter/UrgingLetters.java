package vn.dondoc.scheduler.letter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.indicator.Period;
import vn.dondoc.scheduler.indicator.Standing;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.SourceDocument;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * Drafts the urging letter to an agency: the tasks it leads that are overdue on the day (cooperating agencies do
 * not answer for the deadline), and the indicator figures it has not reported for periods that have ended.
 */
@Service
public class UrgingLetters {

    private final RegisterDatabase db;
    private final TaskRegister tasks;
    private final IndicatorRegister indicators;
    private final SourceDocuments sources;
    private final OfficeDays days;
    private final LetterSettings settings;

    public UrgingLetters(RegisterDatabase db, TaskRegister tasks, IndicatorRegister indicators, SourceDocuments sources,
                         OfficeDays days, LetterSettings settings) {
        this.db = db;
        this.tasks = tasks;
        this.indicators = indicators;
        this.sources = sources;
        this.days = days;
        this.settings = settings;
    }

    public UrgingLetter draft(Agency agency, LocalDate day) {
        return db.inTransaction(() -> {
            Map<Long, Integer> refused = refusedExtensions(day);
            Map<Long, List<MilestoneLine>> overdueByTask = new LinkedHashMap<>();
            for (MilestoneLine line : tasks.milestones(TaskQuery.ofAgency(agency.id(), day))) {
                if (line.status() == MilestoneStatus.OPEN_OVERDUE && line.lead().contains(agency.name())) {
                    overdueByTask.computeIfAbsent(line.taskId(), k -> new ArrayList<>()).add(line);
                }
            }
            List<UrgingLetter.OverdueTask> overdue = new ArrayList<>();
            for (List<MilestoneLine> lines : overdueByTask.values()) {
                MilestoneLine oldest = lines.stream().min(Comparator.comparing(MilestoneLine::due)).orElseThrow();
                overdue.add(new UrgingLetter.OverdueTask(oldest.taskId(), oldest.source(), oldest.item(), oldest.title(),
                        oldest.deadlineText(), oldest.due(), ChronoUnit.DAYS.between(oldest.due(), day), lines.size(),
                        refused.getOrDefault(oldest.taskId(), 0)));
            }
            overdue.sort(Comparator.comparing(UrgingLetter.OverdueTask::due));
            List<UrgingLetter.MissingFigure> missing = new ArrayList<>();
            for (IndicatorLine line : indicators.lines(agency.id(), day)) {
                for (Map.Entry<Period, Standing> e : line.standings().entrySet()) {
                    if (e.getValue() == Standing.NOT_REPORTED) {
                        missing.add(new UrgingLetter.MissingFigure(line.id(), line.source(), line.item(), line.fullName(),
                                line.unit(), e.getKey().key(), line.targets().get(e.getKey()).written(), line.end(e.getKey())));
                    }
                }
            }
            Map<String, SourceDocument> known = new HashMap<>();
            sources.all().forEach(s -> known.put(s.number(), s));
            List<UrgingLetter.Source> cited = new ArrayList<>();
            java.util.stream.Stream.concat(overdue.stream().map(UrgingLetter.OverdueTask::source),
                            missing.stream().map(UrgingLetter.MissingFigure::source)).distinct()
                    .forEach(number -> cited.add(new UrgingLetter.Source(number,
                            known.containsKey(number) ? known.get(number).issuedOn() : null)));
            LocalDate replyBy = days.calendar().plusWorkingDays(day, settings.replyWorkingDays());
            return new UrgingLetter(agency.name(), day, replyBy, settings, cited, overdue, missing);
        });
    }

    /** Refusals decided by the day, per task. */
    private Map<Long, Integer> refusedExtensions(LocalDate day) {
        Map<Long, Integer> refused = new HashMap<>();
        db.jdbc().query("SELECT m.task_id, count(*) FROM extension e JOIN milestone m ON m.id = e.milestone_id"
                + " WHERE e.decision = 'REJECTED' AND e.decided_on <= ? GROUP BY m.task_id", rs -> {
            refused.put(rs.getLong(1), rs.getInt(2));
        }, day.toString());
        return refused;
    }
}
