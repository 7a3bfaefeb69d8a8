package vn.dondoc.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.EventDates;

/** A task waiting on an event has no date: no reminder, not even the monthly check-in, until the event is dated. */
class EventReminderTests {

    @TempDir
    Path dir;

    private ReminderFixture f;
    private long an;

    @BeforeEach
    void setUp() {
        f = new ReminderFixture(dir);
        long xayDung = f.agency("Sở Xây dựng");
        an = f.staff("Nguyễn Văn An", xayDung);
        f.save("7", "Trước kỳ họp HĐND tỉnh giữa năm", Deadline.event("kỳ họp HĐND tỉnh giữa năm"),
                new long[] {xayDung}, new long[0]);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void remindsNothingWhileTheEventHasNoDate() {
        f.runDaily("2024-01-18", "2024-04-30");

        assertThat(f.channel.messages).isEmpty();
    }

    @Test
    void remindsBeforeTheEventOnceTheOfficeGaveItsDate() {
        f.runDaily("2024-01-18", "2024-06-30");
        f.clock.set(LocalDate.parse("2024-07-01").atTime(9, 0).atZone(vn.dondoc.scheduler.register.OfficeZone.ID).toInstant());
        new EventDates(f.db, f.clock, new EventRegister(f.db, f.clock), f.history)
                .date("kỳ họp HĐND tỉnh giữa năm", LocalDate.of(2024, 7, 10), Actor.program("Văn phòng"));

        f.runDaily("2024-07-01", "2024-07-10");

        // Wednesday 10/07/2024: 7 working days before is Monday 01/07, 3 is Friday 05/07, 1 is Tuesday 09/07.
        assertThat(f.channel.points(f.chatOf(an))).containsExactly(
                "BEFORE 7 2024-07-01", "BEFORE 3 2024-07-05", "BEFORE 1 2024-07-09", "DUE 0 2024-07-10");
    }
}
