package vn.dondoc.scheduler.digest;

import vn.dondoc.scheduler.calendar.OfficeDays;
import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.Extensions;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskReports;

/**
 * The real 152/QĐ-UBND register as it stands on Monday 25/03/2024 after a quarter of reports through
 * the bot: tasks done on time and late, one done after that Monday, one extension approved, one
 * pending, one task cancelled.
 */
public final class RealRegister {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    public static final LocalDate MONDAY = LocalDate.of(2024, 3, 25);
    static final LocalDate JANUARY_END = LocalDate.of(2024, 1, 31);
    static final LocalDate FEBRUARY_END = LocalDate.of(2024, 2, 29);
    static final LocalDate MARCH_END = LocalDate.of(2024, 3, 31);

    public final RegisterDatabase db;
    final Set<Long> used = new HashSet<>();
    long doneOnTime;
    long doneLate;
    long doneLateInMarch;
    long doneOnTimeInMarch;
    long doneAfterMonday;
    long extended;
    long pending;
    long pendingExtension;
    long cancelled;
    long requester;

    public RealRegister(Path dir) throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        new DocumentImporter(db, at(LocalDate.of(2024, 1, 20)), new OfficeCalendar(List.of()))
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
    }

    /** Plays the quarter's reports, each on its own day. */
    public RealRegister withReports() {
        doneOnTime = pick(JANUARY_END);
        reports(LocalDate.of(2024, 1, 25)).markDone(doneOnTime, bot(), "đã gửi báo cáo");
        doneLate = pick(JANUARY_END);
        reports(LocalDate.of(2024, 2, 10)).markDone(doneLate, bot(), null);
        extended = pick(FEBRUARY_END);
        long approved = extensions(LocalDate.of(2024, 2, 20)).request(extended, LocalDate.of(2024, 4, 15), bot(), "chờ số liệu");
        extensions(LocalDate.of(2024, 2, 22)).decide(approved, true, Actor.program("văn phòng"));
        cancelled = pick(JANUARY_END);
        reports(LocalDate.of(2024, 3, 1)).cancel(cancelled, Actor.program("văn phòng"), "không còn phù hợp");
        doneLateInMarch = pick(FEBRUARY_END);
        reports(LocalDate.of(2024, 3, 20)).markDone(doneLateInMarch, bot(), null);
        pending = pick(MARCH_END);
        requester = contacts().add(new NewContact("Trần Thị Bình", ContactRole.STAFF, agencyOf(pending), List.of(), 555L)).id();
        pendingExtension = extensions(LocalDate.of(2024, 3, 21)).request(pending, LocalDate.of(2024, 4, 30),
                new Actor("Trần Thị Bình", requester, 555L), "đợi Bộ hướng dẫn");
        doneOnTimeInMarch = pick(MARCH_END);
        reports(LocalDate.of(2024, 3, 22)).markDone(doneOnTimeInMarch, bot(), null);
        doneAfterMonday = pick(MARCH_END);
        reports(LocalDate.of(2024, 3, 27)).markDone(doneAfterMonday, bot(), null);
        return this;
    }

    List<MilestoneLine> lines(LocalDate day) {
        return new TaskRegister(db, new OfficeDays(db)).milestones(TaskQuery.all(day));
    }

    TaskReports reports(LocalDate day) {
        return new TaskReports(db, at(day), new TaskRegister(db, new OfficeDays(db)), new TaskHistory(db, at(day)));
    }

    Extensions extensions(LocalDate day) {
        return new Extensions(db, at(day), new TaskRegister(db, new OfficeDays(db)), new TaskHistory(db, at(day)));
    }

    ContactRegister contacts() {
        return new ContactRegister(db, at(MONDAY), java.time.Duration.ofDays(7));
    }

    long agencyId(String name) {
        return new AgencyRegister(db, at(MONDAY)).all().stream().filter(a -> a.name().equals(name))
                .map(Agency::id).findFirst().orElseThrow();
    }

    /** A task with one fixed deadline on {@code due}, not used by another report. */
    private long pick(LocalDate due) {
        long id = lines(LocalDate.of(2024, 1, 20)).stream()
                .filter(l -> l.kind() == DeadlineKind.FIXED && due.equals(l.due()) && !used.contains(l.taskId()))
                .mapToLong(MilestoneLine::taskId).findFirst().orElseThrow();
        used.add(id);
        return id;
    }

    private long agencyOf(long taskId) {
        String lead = lines(MONDAY).stream().filter(l -> l.taskId() == taskId).findFirst().orElseThrow().lead().get(0);
        return agencyId(lead);
    }

    MilestoneLine line(LocalDate day, long taskId) {
        List<MilestoneLine> found = lines(day).stream().filter(l -> l.taskId() == taskId).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    void jdbcUpdate(String sql) {
        db.jdbc().update(sql);
    }

    public static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(OfficeZone.ID).toInstant(), OfficeZone.ID);
    }

    /** The builder as the application wires it, by hand. */
    public static DigestBuilder builder(RegisterDatabase db, Clock clock) {
        return new DigestBuilder(db, new TaskRegister(db, new OfficeDays(db)), new DigestSnapshots(db), new OfficeDays(db),
                new vn.dondoc.scheduler.indicator.IndicatorStandings(new vn.dondoc.scheduler.indicator.IndicatorRegister(db)));
    }

    /** The run as the application wires it, by hand. */
    static DigestRun run(RegisterDatabase db, Clock clock) {
        return new DigestRun(db, clock, builder(db, clock), new DigestSnapshots(db), new DigestDeliveries(db),
                new Recipients(db), new DeliveryOutcomes(new ContactRegister(db, clock, java.time.Duration.ZERO)));
    }

    private static Actor bot() {
        return new Actor("Cán bộ đầu mối", null, 100L);
    }
}
