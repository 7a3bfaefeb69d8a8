package vn.dondoc.scheduler.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.indicator.IndicatorSection;
import vn.dondoc.scheduler.indicator.IndicatorStandings;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * Builds the weekly digest from the register's own statuses ({@link TaskRegister#milestones}).
 *
 * <p>The counting unit is the milestone: one line of {@code tasks --json}, the unit the office's
 * reports use, so the digest's totals equal a count of those lines by status. Per agency, a milestone
 * counts once for each of its task's <em>lead</em> agencies (a task led jointly counts for each);
 * cooperating agencies are not counted, since they do not answer for the deadline. The per-agency
 * columns therefore can add up to more than the totals.
 */
@Component
public final class DigestBuilder {

    private final RegisterDatabase db;
    private final TaskRegister tasks;
    private final DigestSnapshots snapshots;
    private final OfficeDays officeDays;
    private final IndicatorStandings indicators;

    public DigestBuilder(RegisterDatabase db, TaskRegister tasks, DigestSnapshots snapshots, OfficeDays officeDays,
                         IndicatorStandings indicators) {
        this.db = db;
        this.tasks = tasks;
        this.snapshots = snapshots;
        this.officeDays = officeDays;
        this.indicators = indicators;
    }

    public Digest build(LocalDate day, DigestScope scope) {
        Map<Long, List<Long>> leads = leadAgencies();
        List<MilestoneLine> lines = inScope(tasks.milestones(TaskQuery.all(day)), scope, leads);
        LocalDate week = weekOf(day);
        Optional<Map<MilestoneStatus, Integer>> stored = snapshots.totals(week.minusWeeks(1), scope.key());
        Map<MilestoneStatus, Integer> previous = stored.orElseGet(
                () -> count(inScope(tasks.milestones(TaskQuery.all(day.minusDays(7))), scope, leads)));
        return new Digest(day, week, scope, count(lines), previous,
                stored.isPresent() ? Digest.PreviousFrom.SNAPSHOT : Digest.PreviousFrom.RECOMPUTED,
                agencyRows(lines, scope, leads), longestOverdue(lines, day), dueSoon(lines, day),
                pendingExtensions(lines, day),
                day.getMonthValue() == 12 && !officeDays.calendar().scheduleKnown(day.getYear() + 1),
                indicators.section(day, agencies -> scope.isAll() || scope.includesAny(agencies)));
    }

    /** The milestones the digest counts, in register order: what its workbook lists. */
    public List<MilestoneLine> lines(LocalDate day, DigestScope scope) {
        return inScope(tasks.milestones(TaskQuery.all(day)), scope, leadAgencies());
    }

    /** The Monday of {@code day}'s ISO week: the digest's week, and the key of its snapshot. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The lines' count per status, all six statuses present. */
    public static Map<MilestoneStatus, Integer> count(List<MilestoneLine> lines) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        return Digest.complete(counts);
    }

    private static List<MilestoneLine> inScope(List<MilestoneLine> lines, DigestScope scope, Map<Long, List<Long>> leads) {
        if (scope.isAll()) {
            return lines;
        }
        return lines.stream().filter(l -> scope.includesAny(leads.getOrDefault(l.taskId(), List.of()))).toList();
    }

    private Map<Long, List<Long>> leadAgencies() {
        Map<Long, List<Long>> leads = new HashMap<>();
        db.jdbc().query("SELECT task_id, agency_id FROM task_agency WHERE role = 'LEAD' ORDER BY task_id, position",
                rs -> {
                    leads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return leads;
    }

    private List<Digest.AgencyRow> agencyRows(List<MilestoneLine> lines, DigestScope scope, Map<Long, List<Long>> leads) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> shortNames = new HashMap<>();
        db.jdbc().query("SELECT id, name, short_name FROM agency", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
            shortNames.put(rs.getLong(1), rs.getString(3));
        });
        Set<Long> reachable = new HashSet<>(db.jdbc().queryForList("SELECT DISTINCT agency_id FROM contact"
                + " WHERE status = 'ACTIVE' AND chat_id IS NOT NULL AND role IN ('STAFF', 'HEAD') AND agency_id IS NOT NULL",
                Long.class));
        Map<Long, Map<MilestoneStatus, Integer>> counts = new LinkedHashMap<>();
        for (MilestoneLine line : lines) {
            for (Long agencyId : leads.getOrDefault(line.taskId(), List.of())) {
                if (scope.includes(agencyId)) {
                    counts.computeIfAbsent(agencyId, k -> new EnumMap<>(MilestoneStatus.class))
                            .merge(line.status(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Digest.AgencyRow(e.getKey(), names.get(e.getKey()), shortNames.get(e.getKey()), e.getValue(),
                        reachable.contains(e.getKey())))
                .sorted(Comparator.comparingInt((Digest.AgencyRow r) -> r.count(MilestoneStatus.OPEN_OVERDUE)).reversed()
                        .thenComparing(Digest.AgencyRow::name, VIETNAMESE_ORDER))
                .toList();
    }

    /** One entry per task (its oldest overdue milestone), longest overdue first, register order on ties. */
    private static List<Digest.Overdue> longestOverdue(List<MilestoneLine> lines, LocalDate day) {
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        lines.stream().filter(l -> l.status() == MilestoneStatus.OPEN_OVERDUE)
                .forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
        List<Digest.Overdue> overdue = new ArrayList<>();
        for (List<MilestoneLine> milestones : byTask.values()) {
            MilestoneLine oldest = milestones.stream().min(Comparator.comparing(MilestoneLine::due)).orElseThrow();
            overdue.add(new Digest.Overdue(oldest.taskId(), oldest.item(), oldest.source(), oldest.title(), oldest.lead(),
                    oldest.due(), oldest.standing().workingDays(), milestones.size()));
        }
        // A stable sort keeps register order among equals.
        overdue.sort(Comparator.comparing(Digest.Overdue::due));
        return overdue.subList(0, Math.min(Digest.LONGEST_OVERDUE, overdue.size()));
    }

    private static List<Digest.DueSoon> dueSoon(List<MilestoneLine> lines, LocalDate day) {
        LocalDate last = day.plusDays(Digest.DUE_SOON_DAYS);
        List<Digest.DueSoon> soon = new ArrayList<>();
        for (MilestoneLine l : lines) {
            if (l.status().isOpen() && l.due() != null && l.due().isAfter(day) && !l.due().isAfter(last)) {
                soon.add(new Digest.DueSoon(l.taskId(), l.item(), l.source(), l.title(), l.lead(), l.due()));
            }
        }
        soon.sort(Comparator.comparing(Digest.DueSoon::due));
        return soon;
    }

    /**
     * Requests made by the end of {@code day} and not decided by then, for milestones in scope. A
     * request decided after {@code day} was still pending on it.
     */
    private List<Digest.PendingExtension> pendingExtensions(List<MilestoneLine> lines, LocalDate day) {
        Map<Long, MilestoneLine> byMilestone = new HashMap<>();
        lines.forEach(l -> byMilestone.put(l.milestoneId(), l));
        Instant endOfDay = day.plusDays(1).atStartOfDay(OfficeZone.ID).toInstant();
        List<Digest.PendingExtension> pending = new ArrayList<>();
        db.jdbc().query("SELECT e.id, e.milestone_id, e.requested_at, e.new_due_on, e.reason, c.name AS requester"
                        + " FROM extension e LEFT JOIN contact c ON c.id = e.requested_by"
                        + " WHERE (e.decision = 'PENDING' OR e.decided_on > ?) ORDER BY e.requested_at, e.id",
                rs -> {
                    MilestoneLine line = byMilestone.get(rs.getLong("milestone_id"));
                    Instant requestedAt = Instant.parse(rs.getString("requested_at"));
                    if (line != null && requestedAt.isBefore(endOfDay)) {
                        pending.add(new Digest.PendingExtension(rs.getLong("id"), line.taskId(), line.item(),
                                line.source(), line.title(), line.due(), LocalDate.parse(rs.getString("new_due_on")),
                                rs.getString("reason"), rs.getString("requester"), requestedAt));
                    }
                }, day.toString());
        return pending;
    }

    /** Vietnamese names sort by letters, not by UTF-16 code (Đ after D, not after Z). */
    private static final Comparator<String> VIETNAMESE_ORDER = java.text.Collator.getInstance(
            java.util.Locale.forLanguageTag("vi-VN"))::compare;
}
