package vn.dondoc.scheduler.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.event.Event;
import vn.dondoc.scheduler.event.EventActions;
import vn.dondoc.scheduler.event.EventError;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The real 152/QĐ-UBND appendix, with four resolutions for the Provincial Council written as notices write them
 * ("Trước kỳ họp HĐND tỉnh cuối năm"): no date until the office gives the session's date, then every one of them.
 */
class EventDatesTests {

    private static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);
    private static final LocalDate SESSION = LocalDate.of(2024, 12, 5);
    private static final String YEAR_END = "kỳ họp HĐND tỉnh cuối năm";
    /** Lines of the appendix (1-based) given an event for a deadline, with the deadline written. */
    private static final Map<Integer, String> EVENT_LINES = Map.of(
            29, "Trước kỳ họp HĐND tỉnh cuối năm",
            132, "trình kỳ họp HĐND tỉnh cuối năm",
            16, "truoc ky hop HDND tinh cuoi nam",
            12, "Trước kỳ họp thứ 20 HĐND tỉnh");

    @TempDir
    Path dir;

    private RegisterDatabase db;
    private Path notice;
    private Clock clock;
    private EventActions events;
    private EventDates dates;

    @BeforeEach
    void importTheAppendixWithEvents() throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        List<String> lines = new ArrayList<>(Files.readAllLines(REAL, StandardCharsets.UTF_8));
        EVENT_LINES.forEach((line, phrase) -> {
            String[] cells = lines.get(line - 1).split("\t", -1);
            cells[3] = phrase;
            lines.set(line - 1, String.join("\t", cells));
        });
        notice = dir.resolve("152-events.tsv");
        Files.write(notice, lines, StandardCharsets.UTF_8);
        clock = at(LocalDate.of(2024, 1, 20));
        importNotice();
        events = new EventActions(db, new EventRegister(db, clock));
        dates = new EventDates(db, clock, new EventRegister(db, clock), new TaskHistory(db, clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tasksWaitingOnAnEventHaveNoDateAndTheEventListCountsThem() {
        List<MilestoneLine> waiting = linesOf(DeadlineKind.EVENT);
        assertThat(waiting).hasSize(4).allSatisfy(line -> assertThat(line.due()).isNull());

        assertThat(events.all()).extracting(Event::name, Event::heldOn, Event::tasks, Event::waiting).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kỳ họp HĐND tỉnh cuối năm", null, 3, 3),
                org.assertj.core.groups.Tuple.tuple("kỳ họp thứ 20 HĐND tỉnh", null, 1, 1));
    }

    @Test
    void givingTheEventItsDateGivesEveryWaitingTaskThatDueDateWithAHistoryEntry() {
        EventDated dated = dates.date("ky hop HDND tinh cuoi nam", SESSION, Actor.program("Văn phòng"));

        assertThat(dated.previous()).isNull();
        assertThat(dated.tasks()).hasSize(3);
        assertThat(dated.event().heldOn()).isEqualTo(SESSION);
        assertThat(dated.event().waiting()).isZero();
        List<MilestoneLine> lines = lines().stream().filter(l -> dated.tasks().contains(l.taskId())).toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.kind()).isEqualTo(DeadlineKind.FIXED);
            assertThat(line.due()).isEqualTo(SESSION);
        });
        TaskHistory history = new TaskHistory(db, clock);
        for (long task : dated.tasks()) {
            assertThat(history.of(task)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("EVENT_DATED");
                assertThat(entry.actor()).isEqualTo("Văn phòng");
                assertThat(entry.detail()).contains("2024-12-05").contains(YEAR_END);
            });
        }
        // The other session still waits.
        assertThat(linesOf(DeadlineKind.EVENT)).singleElement()
                .satisfies(line -> assertThat(line.deadlineText()).isEqualTo("Trước kỳ họp thứ 20 HĐND tỉnh"));
    }

    @Test
    void aReimportKeepsTheEventsDateAndGivingItAgainChangesNothing() throws Exception {
        dates.date(YEAR_END, SESSION, Actor.program("Văn phòng"));

        importNotice();

        assertThat(lines().stream().filter(l -> l.due() != null && l.due().equals(SESSION))).hasSize(3);
        assertThat(dates.date(YEAR_END, SESSION, Actor.program("Văn phòng")).tasks()).isEmpty();
    }

    @Test
    void aMovedSessionMovesTheDueDatesThatWereStillOnItsFormerDate() {
        dates.date(YEAR_END, SESSION, Actor.program("Văn phòng"));

        EventDated moved = dates.date(YEAR_END, LocalDate.of(2024, 12, 10), Actor.program("Văn phòng"));

        assertThat(moved.previous()).isEqualTo(SESSION);
        assertThat(moved.tasks()).hasSize(3);
        assertThat(lines().stream().filter(l -> LocalDate.of(2024, 12, 10).equals(l.due()))).hasSize(3);
    }

    @Test
    void refusesAnEventNoTaskWaitsOn() {
        assertThatThrownBy(() -> dates.date("Hội nghị tổng kết năm", SESSION, Actor.program("Văn phòng")))
                .isInstanceOfSatisfying(DondocException.class, e -> {
                    assertThat(e.code()).isEqualTo(EventError.UNKNOWN);
                    assertThat(e.kind()).isEqualTo(DondocException.Kind.BAD_INPUT);
                });
    }

    private void importNotice() throws Exception {
        new DocumentImporter(db, clock, new OfficeCalendar(List.of()))
                .run(new ImportRequest(notice, "152/QĐ-UBND", ISSUED, null, false));
    }

    private List<MilestoneLine> lines() {
        return new TaskRegister(db, new OfficeDays(db)).milestones(TaskQuery.all(LocalDate.of(2024, 3, 25)));
    }

    private List<MilestoneLine> linesOf(DeadlineKind kind) {
        return lines().stream().filter(l -> l.kind() == kind).toList();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(OfficeZone.ID).toInstant(), OfficeZone.ID);
    }
}
