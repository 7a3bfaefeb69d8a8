package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyMatcher;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The register as the office and leaders look at it: first per agency (35 agencies do not fit a page of
 * tasks), then one agency's list, found by its id (a button) or by its name however it is written.
 */
@Service
public class TaskOverview {

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskRegister tasks;
    private final AgencyRegister agencies;

    public TaskOverview(RegisterDatabase db, Clock clock, TaskRegister tasks, AgencyRegister agencies) {
        this.db = db;
        this.clock = clock;
        this.tasks = tasks;
        this.agencies = agencies;
    }

    /** Open (or, with {@code overdueOnly}, overdue) tasks counted per agency; for the office and leaders. */
    public AgencyPicture picture(Caller caller, boolean overdueOnly) {
        requireDecider(caller);
        LocalDate today = LocalDate.now(clock);
        return db.inTransaction(() -> {
            Map<String, Long> ids = new HashMap<>();
            agencies.all().forEach(a -> ids.putIfAbsent(a.name(), a.id()));
            Set<String> inCharge = new HashSet<>(caller.contact().inCharge());
            Map<String, long[]> counts = new LinkedHashMap<>();
            long total = 0;
            for (MilestoneLine line : TaskStatus.currentOfEach(tasks.milestones(TaskQuery.all(today)))) {
                boolean overdue = line.status() == MilestoneStatus.OPEN_OVERDUE;
                if (!line.status().isOpen() || (overdueOnly && !overdue)) {
                    continue;
                }
                total++;
                List<String> involved = new ArrayList<>(line.lead());
                line.cooperating().stream().filter(a -> !involved.contains(a)).forEach(involved::add);
                for (String agency : involved) {
                    long[] n = counts.computeIfAbsent(agency, k -> new long[2]);
                    n[0]++;
                    n[1] += overdue ? 1 : 0;
                }
            }
            List<AgencyPicture.Agency> rows = new ArrayList<>();
            counts.forEach((name, n) -> rows.add(new AgencyPicture.Agency(ids.getOrDefault(name, 0L), name, n[0], n[1],
                    inCharge.contains(name))));
            rows.sort(Comparator.comparing((AgencyPicture.Agency a) -> !a.inCharge())
                    .thenComparing(AgencyPicture.Agency::overdue, Comparator.reverseOrder())
                    .thenComparing(AgencyPicture.Agency::open, Comparator.reverseOrder())
                    .thenComparing(AgencyPicture.Agency::name));
            return new AgencyPicture(total, rows);
        });
    }

    /** One agency's open (or overdue) tasks, as that agency sees them itself; for the office and leaders. */
    public TaskList ofAgency(Caller caller, long agencyId, boolean overdueOnly) {
        requireDecider(caller);
        LocalDate today = LocalDate.now(clock);
        Predicate<MilestoneLine> wanted = overdueOnly ? l -> l.status() == MilestoneStatus.OPEN_OVERDUE : l -> l.status().isOpen();
        return db.inTransaction(() -> {
            String name = agencies.all().stream().filter(a -> a.id() == agencyId).map(Agency::name).findFirst()
                    .orElseThrow(() -> new TaskActionException(TaskError.AGENCY_NOT_FOUND, "#" + agencyId));
            List<MilestoneLine> current = new ArrayList<>(TaskStatus.currentOfEach(tasks.milestones(TaskQuery.ofAgency(agencyId, today))));
            current.sort(Comparator.comparing(MilestoneLine::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
            return new TaskList(false, name, current.stream().filter(wanted)
                    .map(line -> new TaskList.Item(line, caller.canReport(line))).toList());
        });
    }

    /** The agency {@code written} means, however it is written; refuses a name that fits none or several. */
    public Agency agencyNamed(Caller caller, String written) {
        requireDecider(caller);
        AgencyLookup lookup = db.inTransaction(() -> agencies.lookup(written));
        if (lookup.kind() == AgencyMatcher.Kind.AMBIGUOUS) {
            throw new TaskActionException(TaskError.AGENCY_AMBIGUOUS, written,
                    String.join(", ", lookup.agencies().stream().map(Agency::name).toList()));
        }
        if (lookup.agencies().isEmpty()) {
            throw new TaskActionException(TaskError.AGENCY_NOT_FOUND, written);
        }
        return lookup.agencies().get(0);
    }

    private static void requireDecider(Caller caller) {
        if (!caller.seesAll()) {
            throw new TaskActionException(TaskError.DECIDERS_ONLY);
        }
    }
}
