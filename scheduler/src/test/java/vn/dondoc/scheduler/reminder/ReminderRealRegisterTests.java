package vn.dondoc.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;

/** Quyết định 152/QĐ-UBND (issued 18/01/2024) with a few contacts, reminded on Monday 25/03/2024 at 08:00. */
class ReminderRealRegisterTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    static final Instant MONDAY_EIGHT = Instant.parse("2024-03-25T01:00:00Z");

    @TempDir
    Path dir;
    ReminderFixture f;
    long laoDongStaff;
    long keHoachStaff;
    long keHoachHead;
    long taiNguyenHead;
    long office;
    long leader;

    @BeforeEach
    void open() throws Exception {
        f = new ReminderFixture(dir);
        new DocumentImporter(f.db, f.clock, new OfficeDays(f.db).calendar())
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        long laoDong = agency("Sở LĐTB&XH");
        long keHoach = agency("Sở Kế hoạch và Đầu tư");
        long taiNguyen = agency("Sở Tài nguyên và Môi trường");
        laoDongStaff = f.staff("Nguyễn Thị Lan", laoDong);
        keHoachStaff = f.staff("Trần Văn Hải", keHoach);
        keHoachHead = f.head("Lê Văn Hùng", keHoach);
        taiNguyenHead = f.head("Phạm Văn Tâm", taiNguyen);
        office = f.office("Văn phòng UBND tỉnh");
        leader = f.leader("Phó Chủ tịch phụ trách kinh tế", keHoach);
        f.contact("Cán bộ chưa liên kết", ContactRole.STAFF, taiNguyen, null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void remindsOpenMilestonesOnlyOneMessagePerContactAndNothingTwice() {
        ReminderReport report = f.runAt("2024-03-25T08:00");
        ReminderReport again = f.runAt("2024-03-25T08:00");

        Map<Long, MilestoneLine> lines = f.tasks.milestones(TaskQuery.all(LocalDate.of(2024, 3, 25))).stream()
                .collect(Collectors.toMap(MilestoneLine::milestoneId, Function.identity()));
        List<Reminder> all = f.channel.messages.stream().flatMap(m -> m.reminders().stream()).toList();
        assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(lines.get(r.milestoneId()).status())
                .isIn(MilestoneStatus.OPEN_ON_TIME, MilestoneStatus.OPEN_OVERDUE, MilestoneStatus.NO_DEADLINE));
        assertThat(f.channel.messages).extracting(ReminderMessage::contactId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(laoDongStaff, keHoachStaff, keHoachHead, taiNguyenHead, office, leader);
        assertThat(report.planned()).isEqualTo(all.size());
        assertThat(report.sent()).isEqualTo(6);
        assertThat(again.planned()).isZero();
        assertThat(again.messages()).isZero();
    }

    @Test
    void eachContactGetsWhatItsRoleCallsFor() {
        f.runAt("2024-03-25T08:00");

        // "Tháng 3" is due Sunday 31/03: its 7-working-day point was Thursday 21/03.
        assertThat(f.channel.to(f.chatOf(laoDongStaff)))
                .filteredOn(r -> r.deadlineText().equals("Tháng 3")).hasSize(4)
                .allSatisfy(r -> assertThat(r.kind() + " " + r.pointDays() + " " + r.pointOn()).isEqualTo("BEFORE 7 2024-03-21"));
        // "Tháng 1" of Sở KH&ĐT: 33 working days late on 25/03 (Tết excluded), a multiple of three.
        assertThat(f.channel.to(f.chatOf(keHoachStaff))).filteredOn(r -> r.deadlineText().equals("Tháng 1"))
                .hasSize(3).allSatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(ReminderKind.OVERDUE);
                    assertThat(r.pointDays()).isEqualTo(33);
                    assertThat(r.escalated()).isFalse();
                });
        assertThat(f.channel.to(f.chatOf(keHoachHead))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.escalated() && r.pointDays() >= 5).isTrue());
        assertThat(f.channel.to(f.chatOf(taiNguyenHead))).as("no active staff: the head is the contact").isNotEmpty()
                .noneMatch(Reminder::escalated);
        assertThat(f.channel.to(f.chatOf(leader))).isNotEmpty().allSatisfy(r -> {
            assertThat(r.lead()).contains("Sở Kế hoạch và Đầu tư");
            assertThat(r.pointDays()).isGreaterThanOrEqualTo(10);
        });
        assertThat(f.channel.to(f.chatOf(office))).as("every milestone 10+ working days late").isNotEmpty()
                .allSatisfy(r -> assertThat(r.kind() == ReminderKind.OVERDUE && r.pointDays() >= 10).isTrue());
        assertThat(f.channel.to(f.chatOf(office)).size()).isGreaterThan(f.channel.to(f.chatOf(leader)).size());
    }

    private long agency(String name) {
        return new AgencyRegister(f.db, f.clock).lookup(name).agencies().get(0).id();
    }
}
