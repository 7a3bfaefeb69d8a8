package vn.dondoc.scheduler.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.scheduler.agency.AgencyShortName;
import vn.dondoc.scheduler.indicator.IndicatorSection;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The weekly picture for one scope, as of {@code day}. Counts are milestones (one line of
 * {@code tasks --json}); see {@link DigestBuilder} for how they are counted. {@code week} is the
 * Monday of the ISO week of {@code day}. Maps hold all six statuses, zeros included.
 * {@code nextYearHolidaysMissing}: it is December and the Government's holiday schedule for next year is not
 * loaded yet, so the office is reminded to load it.
 */
public record Digest(
        LocalDate day,
        LocalDate week,
        DigestScope scope,
        Map<MilestoneStatus, Integer> totals,
        Map<MilestoneStatus, Integer> previousTotals,
        PreviousFrom previousFrom,
        List<AgencyRow> agencies,
        List<Overdue> longestOverdue,
        List<DueSoon> dueSoon,
        List<PendingExtension> pendingExtensions,
        boolean nextYearHolidaysMissing,
        IndicatorSection indicators) {

    /** How many of the longest overdue the digest lists. */
    public static final int LONGEST_OVERDUE = 10;
    /** "Due soon" means after the day and at most this many days later. */
    public static final int DUE_SOON_DAYS = 7;

    public Digest {
        totals = complete(totals);
        previousTotals = complete(previousTotals);
        agencies = List.copyOf(agencies);
        longestOverdue = List.copyOf(longestOverdue);
        dueSoon = List.copyOf(dueSoon);
        pendingExtensions = List.copyOf(pendingExtensions);
        indicators = indicators == null ? IndicatorSection.NONE : indicators;
    }

    /** A digest without indicators (a register that has none) that says nothing of next year's holiday schedule. */
    public Digest(LocalDate day, LocalDate week, DigestScope scope, Map<MilestoneStatus, Integer> totals,
                  Map<MilestoneStatus, Integer> previousTotals, PreviousFrom previousFrom, List<AgencyRow> agencies,
                  List<Overdue> longestOverdue, List<DueSoon> dueSoon, List<PendingExtension> pendingExtensions) {
        this(day, week, scope, totals, previousTotals, previousFrom, agencies, longestOverdue, dueSoon, pendingExtensions, false,
                IndicatorSection.NONE);
    }

    public int total(MilestoneStatus status) {
        return totals.get(status);
    }

    /** This week's count minus last week's. */
    public int change(MilestoneStatus status) {
        return totals.get(status) - previousTotals.get(status);
    }

    /** Every line the digest counts: the milestones, and one line for each task without a fixed deadline. */
    public int milestones() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The milestones with a due date: what an import calls "mốc thời hạn". A task without a fixed deadline is a
     * line of the register but no deadline, so a headline saying "N mốc thời hạn" counts without it.
     */
    public int deadlines() {
        return milestones() - totals.get(MilestoneStatus.NO_DEADLINE);
    }

    /** Where last week's figures come from. */
    public enum PreviousFrom {
        /** Counted and stored by last week's digest run: what leaders were told then. */
        SNAPSHOT,
        /** No digest was stored last week: recounted from today's register as of day − 7. */
        RECOMPUTED
    }

    /** How many of the agencies listed have no active contact: nobody there is reminded of their tasks. */
    public long agenciesWithoutContact() {
        return agencies.stream().filter(a -> !a.hasContact()).count();
    }

    /**
     * One agency's milestones as lead, per status; {@code shortName} is the one kept with the agency, for the
     * chart and table; {@code hasContact} whether it has an active contact (staff or head linked on Telegram).
     */
    public record AgencyRow(long agencyId, String name, String shortName, Map<MilestoneStatus, Integer> counts,
                            boolean hasContact) {

        public AgencyRow {
            counts = complete(counts);
            shortName = shortName == null ? AgencyShortName.of(name) : shortName;
        }

        /** With the rule's short name, as an agency created before short names were kept has. */
        public AgencyRow(long agencyId, String name, Map<MilestoneStatus, Integer> counts) {
            this(agencyId, name, null, counts, true);
        }

        public int count(MilestoneStatus status) {
            return counts.get(status);
        }
    }

    /**
     * An overdue task: its longest-overdue open milestone, how many working days it is overdue on the
     * digest's day (as the reminders count them), and how many of its milestones are overdue (a recurring
     * task can be behind on several).
     */
    public record Overdue(long taskId, String item, String source, String title, List<String> lead, LocalDate due,
                          int workingDaysOverdue, int overdueMilestones) {

        public Overdue {
            lead = List.copyOf(lead);
        }
    }

    /** An open milestone due after the day and within {@link #DUE_SOON_DAYS} days. */
    public record DueSoon(long taskId, String item, String source, String title, List<String> lead, LocalDate due) {

        public DueSoon {
            lead = List.copyOf(lead);
        }
    }

    /** An extension request waiting for the office's or a leader's decision ({@code /approve N}). */
    public record PendingExtension(long extensionId, long taskId, String item, String source, String title,
                                   LocalDate currentDue, LocalDate requestedDue, String reason, String requester,
                                   Instant requestedAt) {
    }

    static Map<MilestoneStatus, Integer> complete(Map<MilestoneStatus, Integer> counts) {
        EnumMap<MilestoneStatus, Integer> all = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            Integer n = counts == null ? null : counts.get(status);
            all.put(status, n == null ? 0 : n);
        }
        return Collections.unmodifiableMap(all);
    }
}
