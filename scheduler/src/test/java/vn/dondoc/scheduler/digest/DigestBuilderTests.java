package vn.dondoc.scheduler.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.digest.RealRegister.MONDAY;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;

class DigestBuilderTests {

    @TempDir
    Path dir;
    RealRegister register;
    DigestBuilder builder;

    @BeforeEach
    void open() throws Exception {
        register = new RealRegister(dir).withReports();
        builder = RealRegister.builder(register.db, RealRegister.at(MONDAY));
    }

    @AfterEach
    void close() {
        register.db.close();
    }

    @Test
    void totalsEqualTheRegistersMilestonesCountedByStatus() {
        Digest digest = builder.build(MONDAY, DigestScope.all());

        assertThat(digest.totals()).isEqualTo(byStatus(register.lines(MONDAY)));
        assertThat(digest.milestones()).isEqualTo(178 + 4);
        assertThat(digest.day()).isEqualTo(MONDAY);
        assertThat(digest.week()).isEqualTo(MONDAY);
    }

    @Test
    void reportsMadeThroughTheBotMoveMilestonesIntoTheRightStatus() {
        Digest digest = builder.build(MONDAY, DigestScope.all());

        assertThat(register.line(MONDAY, register.doneOnTime).status()).isEqualTo(MilestoneStatus.DONE_ON_TIME);
        assertThat(register.line(MONDAY, register.doneLate).status()).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThat(register.line(MONDAY, register.doneAfterMonday).status()).isEqualTo(MilestoneStatus.OPEN_ON_TIME);
        assertThat(register.line(MONDAY, register.extended).status()).isEqualTo(MilestoneStatus.OPEN_ON_TIME);
        // Ten "Tháng 1" and six end-of-February deadlines; five of them were reported, extended or cancelled.
        assertThat(digest.total(MilestoneStatus.OPEN_OVERDUE)).isEqualTo(16 - 5);
        assertThat(digest.total(MilestoneStatus.DONE_ON_TIME)).isEqualTo(2);
        assertThat(digest.total(MilestoneStatus.DONE_LATE)).isEqualTo(2);
        assertThat(digest.total(MilestoneStatus.CANCELLED)).isEqualTo(1);
        assertThat(digest.total(MilestoneStatus.NO_DEADLINE)).isEqualTo(3);
    }

    @Test
    void eachMilestoneCountsOnceForEveryLeadAgencyAndNeverForCooperatingOnes() {
        Digest digest = builder.build(MONDAY, DigestScope.all());
        List<MilestoneLine> lines = register.lines(MONDAY);

        for (Digest.AgencyRow row : digest.agencies()) {
            List<MilestoneLine> led = lines.stream().filter(l -> l.lead().contains(row.name())).toList();
            assertThat(row.counts()).as(row.name()).isEqualTo(byStatus(led));
        }
        int perAgency = digest.agencies().stream().mapToInt(r -> r.counts().values().stream().mapToInt(Integer::intValue).sum()).sum();
        assertThat(perAgency).isEqualTo(lines.stream().mapToInt(l -> l.lead().size()).sum());
        // Item 137 is led by "Ban Chỉ đạo CCHC tỉnh, Sở Nội vụ" (item 166's "Thanh tra huyện" is a group since issue 10).
        Digest.AgencyRow steering = digest.agencies().stream().filter(r -> r.name().equals("Ban Chỉ đạo CCHC tỉnh")).findFirst().orElseThrow();
        assertThat(steering.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void fromDecemberTheDigestSaysWhenNextYearsHolidaysAreNotLoaded() {
        assertThat(builder.build(MONDAY, DigestScope.all()).nextYearHolidaysMissing()).isFalse();
        assertThat(builder.build(java.time.LocalDate.of(2025, 12, 1), DigestScope.all()).nextYearHolidaysMissing())
                .as("2026 ships with dondoc").isFalse();
        assertThat(builder.build(java.time.LocalDate.of(2026, 11, 30), DigestScope.all()).nextYearHolidaysMissing()).isFalse();
        assertThat(builder.build(java.time.LocalDate.of(2026, 12, 7), DigestScope.all()).nextYearHolidaysMissing()).isTrue();
    }

    @Test
    void agenciesAreSortedByOverdueThenByName() {
        List<Digest.AgencyRow> rows = builder.build(MONDAY, DigestScope.all()).agencies();

        assertThat(rows).extracting(r -> r.count(MilestoneStatus.OPEN_OVERDUE))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(rows.get(0).count(MilestoneStatus.OPEN_OVERDUE)).isPositive();
        List<String> clean = rows.stream().filter(r -> r.count(MilestoneStatus.OPEN_OVERDUE) == 0).map(Digest.AgencyRow::name).toList();
        assertThat(clean).hasSizeGreaterThan(10).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
    }

    @Test
    void withoutLastWeeksSnapshotTheChangeIsRecountedFromTheRegisterAWeekEarlier() {
        Digest digest = builder.build(MONDAY, DigestScope.all());

        assertThat(digest.previousFrom()).isEqualTo(Digest.PreviousFrom.RECOMPUTED);
        assertThat(digest.previousTotals()).isEqualTo(byStatus(register.lines(MONDAY.minusDays(7))));
        // On 18/03 the February task reported on 20/03 was still overdue, and one March task not yet done.
        assertThat(digest.change(MilestoneStatus.OPEN_OVERDUE)).isEqualTo(-1);
        assertThat(digest.change(MilestoneStatus.DONE_LATE)).isEqualTo(1);
        assertThat(digest.change(MilestoneStatus.DONE_ON_TIME)).isEqualTo(1);
    }

    @Test
    void lastWeeksSnapshotIsWhatTheChangeIsMeasuredAgainst() {
        LocalDate lastMonday = MONDAY.minusWeeks(1);
        Digest lastWeek = RealRegister.builder(register.db, RealRegister.at(lastMonday)).build(lastMonday, DigestScope.all());
        new DigestSnapshots(register.db).write(lastWeek, RealRegister.at(lastMonday).instant());
        // A correction made since: last week's digest said what it said.
        register.jdbcUpdate("UPDATE milestone SET done_on = '2024-03-01' WHERE task_id = " + register.doneLateInMarch);

        Digest digest = builder.build(MONDAY, DigestScope.all());

        assertThat(digest.previousFrom()).isEqualTo(Digest.PreviousFrom.SNAPSHOT);
        assertThat(digest.previousTotals()).isEqualTo(lastWeek.totals());
        assertThat(digest.previousTotals()).isNotEqualTo(byStatus(register.lines(MONDAY.minusDays(7))));
    }

    @Test
    void theTenLongestOverdueComeFirstWithTheirWorkingDaysOverdue() {
        Digest digest = builder.build(MONDAY, DigestScope.all());
        List<Digest.Overdue> overdue = digest.longestOverdue();

        assertThat(overdue).hasSize(10);
        assertThat(overdue).extracting(Digest.Overdue::workingDaysOverdue).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(overdue.subList(0, 7)).allSatisfy(o -> {
            assertThat(o.due()).isEqualTo(RealRegister.JANUARY_END);
            // 31/01 to 25/03: 16 working days of February (Tết 09–15/02 by the rule) and 17 of March.
            assertThat(o.workingDaysOverdue()).isEqualTo(33);
        });
        assertThat(overdue.subList(7, 10)).allSatisfy(o -> assertThat(o.workingDaysOverdue()).isEqualTo(17));
        assertThat(overdue).extracting(Digest.Overdue::taskId).doesNotHaveDuplicates()
                .doesNotContain(register.doneLate, register.cancelled, register.extended);
        assertThat(overdue.get(0).source()).isEqualTo("152/QĐ-UBND");
        assertThat(overdue.get(0).lead()).isNotEmpty();
    }

    @Test
    void dueSoonIsWhatIsStillOpenAndFallsDueInTheNextSevenDays() {
        Digest digest = builder.build(MONDAY, DigestScope.all());

        assertThat(digest.dueSoon()).isNotEmpty().allSatisfy(d -> assertThat(d.due()).isEqualTo(RealRegister.MARCH_END));
        Set<Long> tasks = digest.dueSoon().stream().map(Digest.DueSoon::taskId).collect(Collectors.toSet());
        assertThat(tasks).contains(register.pending, register.doneAfterMonday).doesNotContain(register.doneOnTimeInMarch);
        // 17 "Tháng 3", 13 "Quý I" and the first of "Tháng 3, tháng 6, tháng 11", less the one done on 22/03.
        assertThat(digest.dueSoon()).hasSize(17 + 13 + 1 - 1);
        assertThat(builder.build(LocalDate.of(2024, 3, 24), DigestScope.all()).dueSoon()).as("seven days ahead, inclusive").hasSize(30);
        assertThat(builder.build(LocalDate.of(2024, 3, 23), DigestScope.all()).dueSoon()).as("eight days ahead").isEmpty();
        assertThat(builder.build(RealRegister.MARCH_END, DigestScope.all()).dueSoon()).as("due today is not due soon")
                .noneMatch(d -> d.due().equals(RealRegister.MARCH_END));
    }

    @Test
    void pendingExtensionRequestsAreListedWithWhoAskedAndWhy() {
        List<Digest.PendingExtension> pending = builder.build(MONDAY, DigestScope.all()).pendingExtensions();

        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.extensionId()).isEqualTo(register.pendingExtension);
            assertThat(p.taskId()).isEqualTo(register.pending);
            assertThat(p.currentDue()).isEqualTo(RealRegister.MARCH_END);
            assertThat(p.requestedDue()).isEqualTo(LocalDate.of(2024, 4, 30));
            assertThat(p.reason()).isEqualTo("đợi Bộ hướng dẫn");
            assertThat(p.requester()).isEqualTo("Trần Thị Bình");
            assertThat(p.requestedAt()).isEqualTo(RealRegister.at(LocalDate.of(2024, 3, 21)).instant());
        });
        assertThat(builder.build(LocalDate.of(2024, 3, 20), DigestScope.all()).pendingExtensions())
                .as("not yet asked on 20/03").isEmpty();
    }

    @Test
    void aLeaderInChargeOfTwoAgenciesSeesOnlyTheirMilestones() {
        long health = register.agencyId("Sở Y tế");
        long planning = register.agencyId("Sở Kế hoạch và Đầu tư");
        Digest digest = builder.build(MONDAY, DigestScope.of(List.of(health, planning)));

        List<MilestoneLine> theirs = register.lines(MONDAY).stream()
                .filter(l -> l.lead().contains("Sở Y tế") || l.lead().contains("Sở Kế hoạch và Đầu tư")).toList();
        assertThat(digest.totals()).isEqualTo(byStatus(theirs));
        assertThat(digest.agencies()).extracting(Digest.AgencyRow::agencyId).containsExactlyInAnyOrder(health, planning);
        assertThat(digest.longestOverdue()).allSatisfy(o -> assertThat(o.lead()).containsAnyOf("Sở Y tế", "Sở Kế hoạch và Đầu tư"));
        assertThat(digest.dueSoon()).allSatisfy(o -> assertThat(o.lead()).containsAnyOf("Sở Y tế", "Sở Kế hoạch và Đầu tư"));
        assertThat(digest.previousTotals()).isEqualTo(byStatus(register.lines(MONDAY.minusDays(7)).stream()
                .filter(l -> l.lead().contains("Sở Y tế") || l.lead().contains("Sở Kế hoạch và Đầu tư")).toList()));
        assertThat(builder.lines(MONDAY, digest.scope())).hasSize(theirs.size());
    }

    @Test
    void anEmptyRegisterGivesZerosNotErrors() throws Exception {
        try (var empty = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("empty.db"))) {
            Digest digest = RealRegister.builder(empty, RealRegister.at(MONDAY)).build(MONDAY, DigestScope.all());
            assertThat(digest.milestones()).isZero();
            assertThat(digest.totals()).hasSize(6);
            assertThat(digest.agencies()).isEmpty();
        }
    }

    static Map<MilestoneStatus, Integer> byStatus(List<MilestoneLine> lines) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            counts.put(status, (int) lines.stream().filter(l -> l.status() == status).count());
        }
        return counts;
    }
}
