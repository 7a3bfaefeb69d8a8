package vn.dondoc.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.task.Actor;

/** When reminders fall due, and to whom: the policy of PRODUCT.md on the office calendar. */
class ReminderScheduleTests {

    @TempDir
    Path dir;
    ReminderFixture f;
    long xayDung;
    long an;

    @BeforeEach
    void open() {
        f = new ReminderFixture(dir);
        xayDung = f.agency("Sở Xây dựng");
        an = f.staff("Nguyễn Văn An", xayDung);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void remindsSevenThreeAndOneWorkingDaysBeforeAndOnTheDueDay() {
        f.task("47", "2024-03-29", xayDung); // a Friday

        f.runDaily("2024-03-11", "2024-04-02");

        assertThat(f.channel.points(f.chatOf(an))).containsExactly(
                "BEFORE 7 2024-03-20", "BEFORE 3 2024-03-26", "BEFORE 1 2024-03-28", "DUE 0 2024-03-29");
        assertThat(f.channel.to(f.chatOf(an))).allSatisfy(r -> {
            assertThat(r.due()).isEqualTo("2024-03-29");
            assertThat(r.escalated()).isFalse();
        });
    }

    @Test
    void dueOnSundayIsRemindedOnFriday() {
        f.task("47", "2024-03-31", xayDung);

        f.runDaily("2024-03-25", "2024-04-01");

        // The 7-day point (Thu 21/3) is caught up on the first run; one working day before Sunday is
        // Friday too, and there the due-day reminder wins, once.
        assertThat(f.channel.points(f.chatOf(an))).containsExactly(
                "BEFORE 7 2024-03-21", "BEFORE 3 2024-03-27", "DUE 0 2024-03-29");
    }

    @Test
    void dueDuringTetIsRemindedOnTheLastWorkingDayBefore() {
        // Mon 12/02/2024 is mùng 3 Tết; the office is closed Thu 8 to Wed 14 February (the Government's
        // schedule, 5015/TB-LĐTBXH, not the rule's Fri 9 to Thu 15).
        f.task("12", "2024-02-12", xayDung);

        f.runDaily("2024-01-25", "2024-02-16");

        assertThat(f.channel.points(f.chatOf(an))).containsExactly(
                "BEFORE 7 2024-01-30", "BEFORE 3 2024-02-05", "DUE 0 2024-02-07");
    }

    @Test
    void aMissedDayIsCaughtUpByOneReminder() {
        f.task("47", "2024-03-29", xayDung);

        f.runAt("2024-03-27T10:15"); // the 7- and 3-day points were missed
        f.runAt("2024-03-28T08:00");

        assertThat(f.channel.points(f.chatOf(an))).containsExactly("BEFORE 3 2024-03-26", "BEFORE 1 2024-03-28");
    }

    @Test
    void nothingIsSentTwiceForTwoRunsAtTheSameInstant() {
        f.task("47", "2024-03-29", xayDung);

        ReminderReport first = f.runAt("2024-03-26T08:00");
        ReminderReport second = f.runAt("2024-03-26T08:00");

        assertThat(first.planned()).isEqualTo(1);
        assertThat(second.planned()).isZero();
        assertThat(second.messages()).isZero();
        assertThat(f.channel.messages).hasSize(1);
    }

    @Test
    void beforeEightNothingOfTodayIsSent() {
        f.task("47", "2024-03-29", xayDung);

        f.runAt("2024-03-26T07:59");
        assertThat(f.channel.points(f.chatOf(an))).as("only yesterday's missed point").containsExactly("BEFORE 7 2024-03-20");

        f.runAt("2024-03-26T08:00");
        assertThat(f.channel.points(f.chatOf(an))).containsExactly("BEFORE 7 2024-03-20", "BEFORE 3 2024-03-26");
    }

    @Test
    void overdueEveryThreeWorkingDays() {
        // Escalations on multiples of three, so that only the every-three rule shows.
        f.policy = new ReminderPolicy(List.of(7, 3, 1), LocalTime.of(8, 0), 3, 6, 12, 1);
        f.task("47", "2024-03-01", xayDung); // Friday

        f.runDaily("2024-03-01", "2024-03-20");

        assertThat(f.channel.points(f.chatOf(an))).containsExactly("DUE 0 2024-03-01",
                "OVERDUE 3 2024-03-06", "OVERDUE 6 2024-03-11", "OVERDUE 9 2024-03-14", "OVERDUE 12 2024-03-19");
    }

    @Test
    void escalatesToHeadAfterFiveAndOfficeAndLeaderInChargeAfterTen() {
        long other = f.agency("Sở Tài chính");
        long head = f.head("Trần Văn Giám", xayDung);
        long office = f.office("Văn phòng UBND tỉnh");
        long leaderInCharge = f.leader("Phó Chủ tịch Lê Văn Phụ", xayDung);
        long leaderOfAnother = f.leader("Phó Chủ tịch Hồ Thị Khác", other);
        long leaderOfAll = f.leader("Chủ tịch Võ Văn Chung");
        f.task("47", "2024-03-01", xayDung);

        f.runDaily("2024-03-01", "2024-03-20");

        // Mon 4/3 is 1 working day late … Fri 8/3 is 5, Fri 15/3 is 10.
        assertThat(f.channel.points(f.chatOf(an))).containsExactly("DUE 0 2024-03-01", "OVERDUE 3 2024-03-06",
                "OVERDUE 5 2024-03-08", "OVERDUE 6 2024-03-11", "OVERDUE 9 2024-03-14", "OVERDUE 10 2024-03-15",
                "OVERDUE 12 2024-03-19");
        assertThat(f.channel.points(f.chatOf(head))).containsExactly("OVERDUE 5 2024-03-08", "OVERDUE 6 2024-03-11",
                "OVERDUE 9 2024-03-14", "OVERDUE 10 2024-03-15", "OVERDUE 12 2024-03-19");
        for (long escalatedTo : List.of(office, leaderInCharge)) {
            assertThat(f.channel.points(f.chatOf(escalatedTo))).containsExactly("OVERDUE 10 2024-03-15", "OVERDUE 12 2024-03-19");
        }
        assertThat(f.channel.to(f.chatOf(head))).allMatch(Reminder::escalated);
        assertThat(f.channel.to(f.chatOf(office))).allMatch(Reminder::escalated);
        assertThat(f.channel.to(f.chatOf(leaderOfAnother))).isEmpty();
        assertThat(f.channel.to(f.chatOf(leaderOfAll))).as("only leaders explicitly in charge").isEmpty();
    }

    @Test
    void headGetsTheRegularRemindersWhenTheAgencyHasNoActiveStaff() {
        long taiChinh = f.agency("Sở Tài chính");
        long head = f.head("Phạm Thị Hoa", taiChinh);
        f.contact("Cán bộ chưa liên kết", ContactRole.STAFF, taiChinh, null); // INVITED: counts for nothing
        f.task("48", "2024-03-29", taiChinh);

        f.runAt("2024-03-26T08:00");

        assertThat(f.channel.to(f.chatOf(head))).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.BEFORE);
            assertThat(r.escalated()).isFalse();
        });
    }

    @Test
    void onlyTheLeadAgenciesAreRemindedNotTheCooperatingOnes() {
        long taiChinh = f.agency("Sở Tài chính");
        long binh = f.staff("Lê Thị Bình", taiChinh);
        f.save("49", "Tháng 3", new Deadline(DeadlineKind.FIXED, List.of(LocalDate.parse("2024-03-29")), null),
                new long[] {xayDung}, new long[] {taiChinh});

        f.runAt("2024-03-26T08:00");

        assertThat(f.channel.to(f.chatOf(an))).hasSize(1);
        assertThat(f.channel.to(f.chatOf(binh))).isEmpty();
    }

    @Test
    void doneCancelledAndUnparsedTasksGetNothing() {
        long done = f.task("1", "2024-03-29", xayDung);
        long cancelled = f.task("2", "2024-03-29", xayDung);
        // No date was understood, so any reminder would be a guess; the import summary reports these.
        f.save("3", "Tháng 13", new Deadline(DeadlineKind.UNPARSED, List.of(), vn.dondoc.scheduler.error.Problem.of(vn.dondoc.scheduler.deadline.DeadlineError.NO_SUCH_MONTH, "13")),
                new long[] {xayDung}, new long[0]);
        f.clock.set(LocalDate.parse("2024-03-25").atTime(9, 0).atZone(vn.dondoc.scheduler.register.OfficeZone.ID).toInstant());
        f.reports.markDone(done, Actor.program("test"), null);
        f.reports.cancel(cancelled, Actor.program("test"), "không còn phù hợp");

        f.runDaily("2024-03-26", "2024-04-30");

        assertThat(f.channel.messages).isEmpty();
    }

    @Test
    void noDeadlineTaskGetsAMonthlyCheckIn() {
        f.save("5", "Thường xuyên", new Deadline(DeadlineKind.NONE, List.of(), null), new long[] {xayDung}, new long[0]);

        f.runDaily("2024-01-18", "2024-04-30");

        // Issued 18/01: 18/02 is a Sunday → Mon 19/02; 18/03 a Monday; 18/04 is Giỗ Tổ → Fri 19/04.
        assertThat(f.channel.points(f.chatOf(an))).containsExactly(
                "CHECK_IN 0 2024-02-19", "CHECK_IN 0 2024-03-18", "CHECK_IN 0 2024-04-19");
        assertThat(f.channel.to(f.chatOf(an))).allSatisfy(r -> assertThat(r.due()).isNull());
    }

    @Test
    void mutedTaskIsNotRemindedToThatContact() {
        long binh = f.staff("Lê Thị Bình", xayDung);
        long head = f.head("Trần Văn Giám", xayDung);
        long task = f.task("47", "2024-03-01", xayDung);
        f.clock.set(LocalDate.parse("2024-03-05").atTime(15, 0).atZone(vn.dondoc.scheduler.register.OfficeZone.ID).toInstant());
        Mutes mutes = new Mutes(f.db, f.clock, f.history);

        LocalDate until = mutes.mute(an, task, 5, new Actor("Nguyễn Văn An", an, f.chatOf(an)));
        mutes.mute(head, task, 5, new Actor("Trần Văn Giám", head, f.chatOf(head)));
        f.runDaily("2024-03-06", "2024-03-12");

        assertThat(until).isEqualTo("2024-03-10");
        assertThat(mutes.isMuted(an, task, LocalDate.parse("2024-03-10"))).isTrue();
        assertThat(mutes.isMuted(an, task, LocalDate.parse("2024-03-11"))).isFalse();
        assertThat(f.channel.points(f.chatOf(an))).as("muted to 10/3, then the latest point").containsExactly("OVERDUE 6 2024-03-11");
        assertThat(f.channel.points(f.chatOf(binh))).containsExactly("OVERDUE 3 2024-03-06", "OVERDUE 5 2024-03-08",
                "OVERDUE 6 2024-03-11");
        assertThat(f.channel.points(f.chatOf(head))).containsExactly("OVERDUE 6 2024-03-11");
        assertThat(f.history.of(task)).extracting(h -> h.action()).containsExactly("CREATED", "MUTED", "MUTED");
        assertThat(f.history.of(task).get(1).detail()).contains("\"until\":\"2024-03-10\"");
    }

    @Test
    void aPolicyMustCountDownAndBePositive() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReminderPolicy(List.of(1, 3, 7), LocalTime.of(8, 0), 3, 5, 10, 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReminderPolicy(List.of(7, 0), LocalTime.of(8, 0), 3, 5, 10, 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReminderPolicy(List.of(7, 3, 1), LocalTime.of(8, 0), 0, 5, 10, 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReminderPolicy(List.of(7, 3, 1), LocalTime.of(8, 0), 3, 10, 5, 1));
        assertThat(ReminderPolicy.defaults().daysBefore()).containsExactly(7, 3, 1);
    }
}
