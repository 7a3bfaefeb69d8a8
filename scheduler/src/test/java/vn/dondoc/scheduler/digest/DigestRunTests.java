package vn.dondoc.scheduler.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.scheduler.digest.RealRegister.MONDAY;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.task.MilestoneStatus;

class DigestRunTests {

    static final Instant MONDAY_0730 = at(MONDAY);

    @TempDir
    Path dir;
    RealRegister register;
    long office;
    long chairman;
    long viceChairman;
    long staff;
    long head;
    long invitedLeader;
    long health;
    long planning;

    @BeforeEach
    void open() throws Exception {
        register = new RealRegister(dir).withReports();
        health = register.agencyId("Sở Y tế");
        planning = register.agencyId("Sở Kế hoạch và Đầu tư");
        var contacts = register.contacts();
        office = contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), 1001L)).id();
        chairman = contacts.add(new NewContact("Chủ tịch Nguyễn Văn A", ContactRole.LEADER, null, List.of(), 1002L)).id();
        viceChairman = contacts.add(new NewContact("Phó Chủ tịch Lê Văn C", ContactRole.LEADER, null,
                List.of(health, planning), 1003L)).id();
        staff = contacts.add(new NewContact("Đầu mối Sở Y tế", ContactRole.STAFF, health, List.of(), 1004L)).id();
        head = contacts.add(new NewContact("Giám đốc Sở Y tế", ContactRole.HEAD, health, List.of(), 1005L)).id();
        invitedLeader = contacts.add(new NewContact("Chánh Văn phòng", ContactRole.LEADER, null, List.of(), null)).id();
    }

    @AfterEach
    void close() {
        register.db.close();
    }

    @Test
    void leadersAndTheOfficeGetTheDigestAndAgencyContactsNever() {
        Recording channel = new Recording(m -> new DeliveryResult.Sent(List.of(m.contactId() * 10)));

        DigestReport report = run(MONDAY_0730, channel, false);

        assertThat(channel.messages).extracting(DigestMessage::contactId).containsExactly(office, chairman, viceChairman)
                .doesNotContain(staff, head, register.requester, invitedLeader);
        assertThat(report.sent()).isEqualTo(3);
        assertThat(channel.of(office).role()).isEqualTo(ContactRole.OFFICE);
        assertThat(channel.of(chairman).chatId()).isEqualTo(1002L);
        assertThat(channel.of(office).lines()).isNotEmpty().hasSize(channel.of(office).digest().milestones());
        // Built once per scope: the channel can render the chart and the workbook once for all who share it.
        assertThat(channel.of(chairman).lines()).isSameAs(channel.of(office).lines());
        assertThat(channel.of(chairman).digest()).isSameAs(channel.of(office).digest());
        assertThat(deliveryStatuses()).containsExactly("SENT", "SENT", "SENT");
        assertThat(register.db.jdbc().queryForObject("SELECT message_ids FROM digest_delivery WHERE contact_id = ?",
                String.class, chairman)).isEqualTo(String.valueOf(chairman * 10));
    }

    @Test
    void aLeaderInChargeOfSomeAgenciesGetsThoseAndTheOthersGetAll() {
        Recording channel = new Recording(m -> new DeliveryResult.Sent(List.of(1L)));

        run(MONDAY_0730, channel, false);

        assertThat(channel.of(office).digest().scope().isAll()).isTrue();
        assertThat(channel.of(chairman).digest().scope().isAll()).isTrue();
        Digest theirs = channel.of(viceChairman).digest();
        assertThat(theirs.scope().agencyIds()).containsExactlyInAnyOrder(health, planning);
        assertThat(theirs.agencies()).extracting(Digest.AgencyRow::agencyId).containsExactlyInAnyOrder(health, planning);
        assertThat(theirs.milestones()).isLessThan(channel.of(chairman).digest().milestones());
        assertThat(channel.of(viceChairman).lines()).isNotEqualTo(channel.of(chairman).lines())
                .hasSize(theirs.milestones());
    }

    @Test
    void aSecondRunInTheSameWeekSendsNothing() {
        Recording first = new Recording(m -> new DeliveryResult.Sent(List.of(1L)));
        run(MONDAY_0730, first, false);
        Recording again = new Recording(m -> new DeliveryResult.Sent(List.of(2L)));

        DigestReport sameDay = run(MONDAY_0730.plusSeconds(60), again, false);
        DigestReport friday = run(at(MONDAY.plusDays(4)), again, false);

        assertThat(again.messages).isEmpty();
        assertThat(sameDay.outcomes()).isEmpty();
        assertThat(friday.alreadyDone()).containsExactly(office, chairman, viceChairman);
        Recording nextWeek = new Recording(m -> new DeliveryResult.Sent(List.of(3L)));
        run(at(MONDAY.plusWeeks(1)), nextWeek, false);
        assertThat(nextWeek.messages).hasSize(3);
    }

    @Test
    void aDigestLeftPendingByACrashIsSentAtTheNextRunAndTheOthersAreNotRepeated() {
        Recording crashing = new Recording(m -> {
            if (m.contactId() == chairman) {
                throw new Crash();
            }
            return new DeliveryResult.Sent(List.of(1L));
        });
        assertThatThrownBy(() -> run(MONDAY_0730, crashing, false)).isInstanceOf(Crash.class);
        assertThat(register.db.jdbc().queryForObject("SELECT status FROM digest_delivery WHERE contact_id = ?", String.class,
                chairman)).isEqualTo("PENDING");

        Recording after = new Recording(m -> new DeliveryResult.Sent(List.of(2L)));
        run(MONDAY_0730.plusSeconds(600), after, false);

        assertThat(after.messages).extracting(DigestMessage::contactId).containsExactly(chairman, viceChairman);
        assertThat(deliveryStatuses()).containsExactly("SENT", "SENT", "SENT");
    }

    @Test
    void aFailedDeliveryIsTriedAgainAtTheNextRunOfTheWeek() {
        run(MONDAY_0730, new Recording(m -> m.contactId() == office ? new DeliveryResult.Failed("HTTP 502")
                : new DeliveryResult.Sent(List.of(1L))), false);
        assertThat(register.db.jdbc().queryForObject("SELECT reason FROM digest_delivery WHERE contact_id = ?", String.class,
                office)).isEqualTo("HTTP 502");

        Recording retry = new Recording(m -> new DeliveryResult.Sent(List.of(2L)));
        run(MONDAY_0730.plusSeconds(3600), retry, false);

        assertThat(retry.messages).extracting(DigestMessage::contactId).containsExactly(office);
    }

    @Test
    void aLeaderWhoBlockedTheBotIsMarkedAndNotTriedAgain() {
        run(MONDAY_0730, new Recording(m -> m.contactId() == chairman ? new DeliveryResult.Blocked("403 Forbidden")
                : new DeliveryResult.Sent(List.of(1L))), false);

        assertThat(register.contacts().all()).filteredOn(c -> c.id() == chairman).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ContactStatus.BLOCKED));
        Recording nextWeek = new Recording(m -> new DeliveryResult.Sent(List.of(2L)));
        run(at(MONDAY.plusWeeks(1)), nextWeek, false);
        assertThat(nextWeek.messages).extracting(DigestMessage::contactId).doesNotContain(chairman);
    }

    @Test
    void aDryRunHandsTheMessagesOverAndRecordsNothing() {
        Recording channel = new Recording(m -> new DeliveryResult.Sent(List.of()));

        DigestReport report = run(MONDAY_0730, channel, true);

        assertThat(report.dryRun()).isTrue();
        assertThat(channel.messages).hasSize(3);
        assertThat(register.db.jdbc().queryForObject("SELECT count(*) FROM digest_delivery", Integer.class)).isZero();
        assertThat(register.db.jdbc().queryForObject("SELECT count(*) FROM digest_snapshot", Integer.class)).isZero();
        Recording real = new Recording(m -> new DeliveryResult.Sent(List.of(1L)));
        run(MONDAY_0730, real, false);
        assertThat(real.messages).hasSize(3);
    }

    @Test
    void theWeeksSnapshotIsWrittenOnceAndKeepsWhatThatRunCounted() {
        run(MONDAY_0730, new Recording(m -> new DeliveryResult.Sent(List.of(1L))), false);
        List<String> first = snapshot();
        // Reported late in the week, then the digest is run again (a new leader, say).
        register.reports(MONDAY.plusDays(2)).markDone(register.pending, vn.dondoc.scheduler.task.Actor.program("test"), null);
        run(at(MONDAY.plusDays(2)), new Recording(m -> new DeliveryResult.Sent(List.of(1L))), false);

        assertThat(snapshot()).isEqualTo(first);
        assertThat(register.db.jdbc().queryForList("SELECT DISTINCT scope_key FROM digest_snapshot ORDER BY 1", String.class))
                .containsExactly("agencies:" + Math.min(health, planning) + "," + Math.max(health, planning), "all");
        Integer overdue = register.db.jdbc().queryForObject("SELECT count FROM digest_snapshot WHERE week_on = '2024-03-25'"
                + " AND scope_key = 'all' AND agency_id IS NULL AND status = 'OPEN_OVERDUE'", Integer.class);
        assertThat(overdue).isEqualTo(11);

        Recording nextWeek = new Recording(m -> new DeliveryResult.Sent(List.of(1L)));
        run(at(MONDAY.plusWeeks(1)), nextWeek, false);
        Digest next = nextWeek.of(office).digest();
        assertThat(next.previousFrom()).isEqualTo(Digest.PreviousFrom.SNAPSHOT);
        assertThat(next.previousTotals().get(MilestoneStatus.OPEN_OVERDUE)).isEqualTo(11);
    }

    @Test
    void theSnapshotTableRefusesADuplicateRowEvenForTheTotalsWithoutAnAgency() {
        String insert = "INSERT INTO digest_snapshot (week_on, scope_key, agency_id, status, count, taken_at)"
                + " VALUES ('2024-03-25', 'all', NULL, 'DONE_LATE', 1, '2024-03-25T00:30:00Z')";
        register.db.jdbc().update(insert);
        assertThatThrownBy(() -> register.db.jdbc().update(insert)).hasMessageMatching("(?is).*unique.*"); // SQLite: UNIQUE constraint failed; PostgreSQL: unique constraint
    }

    @Test
    void anEmptyRegisterSendsNoDigestAndTheWeeksDigestGoesOnceTasksAreImported() throws Exception {
        var empty = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("empty.db"));
        try {
            java.time.Clock clock = java.time.Clock.fixed(MONDAY_0730, OfficeZone.ID);
            new vn.dondoc.scheduler.contact.ContactRegister(empty, clock, java.time.Duration.ZERO)
                    .add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), 1001L));
            Recording channel = new Recording(m -> new DeliveryResult.Sent(List.of(1L)));

            DigestReport first = RealRegister.run(empty, clock).run(MONDAY_0730, channel, false);

            assertThat(first.emptyRegister()).isTrue();
            assertThat(channel.messages).isEmpty();
            assertThat(empty.jdbc().queryForObject("SELECT count(*) FROM digest_delivery", Integer.class)).isZero();
            assertThat(empty.jdbc().queryForObject("SELECT count(*) FROM digest_snapshot", Integer.class)).isZero();

            new vn.dondoc.scheduler.importing.DocumentImporter(empty, clock,
                    new vn.dondoc.scheduler.calendar.OfficeCalendar(List.of()))
                    .run(new vn.dondoc.scheduler.importing.ImportRequest(RealRegister.REAL, "152/QĐ-UBND",
                            LocalDate.of(2024, 1, 18), null, false));
            DigestReport second = RealRegister.run(empty, clock).run(MONDAY_0730.plusSeconds(3600), channel, false);

            assertThat(second.emptyRegister()).isFalse();
            assertThat(second.sent()).isOne();
            assertThat(channel.messages).singleElement().satisfies(m -> assertThat(m.digest().deadlines()).isEqualTo(179));
        } finally {
            empty.close();
        }
    }

    private DigestReport run(Instant now, DigestChannel channel, boolean dryRun) {
        return RealRegister.run(register.db, java.time.Clock.fixed(now, OfficeZone.ID)).run(now, channel, dryRun);
    }

    private List<String> deliveryStatuses() {
        return register.db.jdbc().queryForList("SELECT status FROM digest_delivery ORDER BY contact_id", String.class);
    }

    private List<String> snapshot() {
        return register.db.jdbc().queryForList("SELECT week_on || scope_key || coalesce(CAST(agency_id AS TEXT), '-') || status || count"
                + " FROM digest_snapshot ORDER BY 1", String.class);
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(7, 30)).atZone(OfficeZone.ID).toInstant();
    }

    /** A process dying mid-run: not an exception the run may catch. */
    static final class Crash extends Error {
    }

    static final class Recording implements DigestChannel {

        final List<DigestMessage> messages = new ArrayList<>();
        final Function<DigestMessage, DeliveryResult> answer;

        Recording(Function<DigestMessage, DeliveryResult> answer) {
            this.answer = answer;
        }

        @Override
        public DeliveryResult deliver(DigestMessage message) {
            messages.add(message);
            return answer.apply(message);
        }

        DigestMessage of(long contactId) {
            return messages.stream().filter(m -> m.contactId() == contactId).findFirst().orElseThrow();
        }
    }
}
