package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.calendar.OfficeDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

class TaskRegisterTests {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);
    static final Actor IMPORT = Actor.program("import 152/QĐ-UBND");
    static final Actor CONTACT = new Actor("Nguyễn Văn An (Sở Xây dựng)", null, 4242L);

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(ISSUED);
    TaskRegister tasks;
    TaskHistory history;
    TaskSaver saver;
    TaskReports reports;
    Extensions extensions;
    SourceDocument source;
    long xayDung;
    long taiChinh;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        tasks = new TaskRegister(db, new OfficeDays(db));
        history = new TaskHistory(db, clock);
        saver = new TaskSaver(db, clock, history);
        reports = new TaskReports(db, clock, tasks, history);
        extensions = new Extensions(db, clock, tasks, history);
        source = new SourceDocuments(db, clock).save("152/QĐ-UBND", ISSUED, 2024, null, "phu-luc.tsv");
        xayDung = agency("Sở Xây dựng");
        taiChinh = agency("Sở Tài chính");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savingTheSameRowTwiceKeepsOneTaskAndSaysUnchanged() {
        SaveOutcome first = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT);
        SaveOutcome second = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT);

        assertThat(first.kind()).isEqualTo(SaveOutcome.Kind.CREATED);
        assertThat(second).isEqualTo(new SaveOutcome(first.taskId(), SaveOutcome.Kind.UNCHANGED));
        assertThat(tasks.count()).isEqualTo(1);
        assertThat(history.of(first.taskId())).extracting(HistoryEntry::action).containsExactly("CREATED");
    }

    @Test
    void aChangedRowUpdatesTheTaskAndTheHistorySaysWhatChanged() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        SaveOutcome again = saver.save(source, draft("47", "Quý II", fixed("2024-06-30")), IMPORT);

        assertThat(again.kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
        assertThat(lines(ISSUED)).singleElement().satisfies(l -> {
            assertThat(l.deadlineText()).isEqualTo("Quý II");
            assertThat(l.due()).isEqualTo("2024-06-30");
        });
        HistoryEntry update = history.of(id).get(1);
        assertThat(update.action()).isEqualTo("UPDATED");
        assertThat(update.actor()).isEqualTo("import 152/QĐ-UBND");
        assertThat(update.detail()).contains("\"deadline_text\":[\"Tháng 3\",\"Quý II\"]").contains("2024-06-30");
    }

    @Test
    void aTaskWithoutAFixedDeadlineHasOneMilestoneWithoutADate() {
        saver.save(source, draft("9", "Khi có đề xuất", new Deadline(DeadlineKind.NONE, List.of(), null)), IMPORT);

        assertThat(lines(ISSUED)).singleElement().satisfies(l -> {
            assertThat(l.due()).isNull();
            assertThat(l.kind()).isEqualTo(DeadlineKind.NONE);
            assertThat(l.status()).isEqualTo(MilestoneStatus.NO_DEADLINE);
        });
    }

    @Test
    void listsLeadAndCooperatingAgenciesAndFiltersByEither() {
        saver.save(source, new TaskDraft("1", "I", null, "Task one", "Quý I", fixed("2024-03-31"),
                List.of(xayDung), List.of(taiChinh), null, 6), IMPORT);
        saver.save(source, new TaskDraft("2", "I", null, "Task two", "Quý I", fixed("2024-03-31"),
                List.of(taiChinh), List.of(), null, 7), IMPORT);

        assertThat(lines(ISSUED)).first().satisfies(l -> {
            assertThat(l.lead()).containsExactly("Sở Xây dựng");
            assertThat(l.cooperating()).containsExactly("Sở Tài chính");
        });
        assertThat(tasks.milestones(TaskQuery.ofAgency(xayDung, ISSUED))).extracting(MilestoneLine::item).containsExactly("1");
        assertThat(tasks.milestones(TaskQuery.ofAgency(taiChinh, ISSUED))).extracting(MilestoneLine::item).containsExactly("1", "2");
    }

    @Test
    void listsItemsInTheOrderADocumentNumbersThem() {
        for (String item : List.of("10", "2", "1", "1.10", "1.2")) {
            saver.save(source, draft(item, "Quý I", fixed("2024-03-31")), IMPORT);
        }
        assertThat(lines(ISSUED)).extracting(MilestoneLine::item).containsExactly("1", "1.2", "1.10", "2", "10");
    }

    @Test
    void statusOnAnyDayFollowsTheReportsMadeUpToThatDay() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 4, 3));
        reports.markDone(id, CONTACT, "Đã trình UBND tỉnh");

        assertThat(statusOn("2024-03-31")).isEqualTo(MilestoneStatus.OPEN_ON_TIME);
        assertThat(statusOn("2024-04-02")).isEqualTo(MilestoneStatus.OPEN_OVERDUE);
        assertThat(statusOn("2024-04-03")).isEqualTo(MilestoneStatus.DONE_LATE);
        HistoryEntry done = history.of(id).get(1);
        assertThat(done.action()).isEqualTo("DONE");
        assertThat(done.actor()).isEqualTo("Nguyễn Văn An (Sở Xây dựng)");
        assertThat(done.chatId()).isEqualTo(4242L);
        assertThat(done.detail()).contains("Đã trình UBND tỉnh");
    }

    @Test
    void anApprovedExtensionMovesTheDueDateFromItsApprovalOnAndKeepsTheOriginal() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 3, 25));
        long request = extensions.request(id, LocalDate.of(2024, 4, 30), CONTACT, "Chờ ý kiến Bộ");
        clock.setDay(LocalDate.of(2024, 4, 2));
        extensions.decide(request, true, Actor.program("office"));
        clock.setDay(LocalDate.of(2024, 4, 20));
        reports.markDone(id, CONTACT, null);

        assertThat(statusOn("2024-04-01")).as("before the approval, 31/3 was in force").isEqualTo(MilestoneStatus.OPEN_OVERDUE);
        assertThat(statusOn("2024-04-02")).isEqualTo(MilestoneStatus.OPEN_ON_TIME);
        assertThat(statusOn("2024-04-20")).isEqualTo(MilestoneStatus.DONE_ON_TIME);
        MilestoneLine line = lines(LocalDate.of(2024, 5, 1)).get(0);
        assertThat(line.originalDue()).isEqualTo("2024-03-31");
        assertThat(line.due()).isEqualTo("2024-04-30");
        assertThat(history.of(id)).extracting(HistoryEntry::action)
                .containsExactly("CREATED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "DONE");
    }

    @Test
    void pendingRequestsAreListedWithTheDatesBeforeAndAskedAndASecondOneWaits() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        long first = extensions.request(id, LocalDate.of(2024, 4, 30), CONTACT, "Chờ ý kiến Bộ");

        assertThat(extensions.pending()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(first);
            assertThat(e.dueBefore()).isEqualTo("2024-03-31");
            assertThat(e.requestedDue()).isEqualTo("2024-04-30");
            assertThat(e.reason()).isEqualTo("Chờ ý kiến Bộ");
            assertThat(e.item()).isEqualTo("47");
        });
        assertThatThrownBy(() -> extensions.request(id, LocalDate.of(2024, 5, 15), CONTACT, "lần nữa"))
                .isInstanceOfSatisfying(DondocException.class, e -> {
                    assertThat(e.code()).isEqualTo(TaskError.EXTENSION_WAITING);
                    assertThat(e.args()).containsExactly(id, first);
                });

        extensions.decide(first, true, Actor.program("office"));
        assertThat(extensions.pending()).isEmpty();
        assertThat(extensions.byId(first)).get().extracting(ExtensionRequest::decision).isEqualTo("APPROVED");
        long second = extensions.request(id, LocalDate.of(2024, 5, 15), CONTACT, "lần nữa");
        assertThat(extensions.byId(second)).get().extracting(ExtensionRequest::dueBefore).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void progressIsKeptInTheHistoryOfTheOpenMilestone() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();

        reports.reportProgress(id, 60, CONTACT, "đã lấy ý kiến các sở");

        assertThat(history.of(id)).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("PROGRESS");
            assertThat(h.chatId()).isEqualTo(4242L);
            assertThat(h.detail()).contains("\"percent\":60").contains("đã lấy ý kiến các sở");
        });
        assertThatThrownBy(() -> reports.reportProgress(id, 140, CONTACT, null)).isInstanceOfSatisfying(DondocException.class,
                e -> assertThat(e.code()).isEqualTo(TaskError.BAD_PERCENT));
        assertThat(tasks.agencies(id)).get().satisfies(a -> assertThat(a.leads(xayDung)).isTrue());
        assertThat(tasks.agencies(9999)).isEmpty();
    }

    @Test
    void aRejectedExtensionLeavesTheDueDate() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        long request = extensions.request(id, LocalDate.of(2024, 4, 30), CONTACT, "xin thêm thời gian");
        extensions.decide(request, false, Actor.program("office"));

        assertThat(statusOn("2024-04-01")).isEqualTo(MilestoneStatus.OPEN_OVERDUE);
        assertThatThrownBy(() -> extensions.decide(request, true, Actor.program("office")))
                .isInstanceOfSatisfying(DondocException.class, e -> {
                    assertThat(e.code()).isEqualTo(TaskError.EXTENSION_DECIDED);
                    assertThat(e.args()).containsExactly(request);
                });
    }

    @Test
    void aCancelledTaskIsCancelledFromThatDayOn() {
        long id = saver.save(source, draft("47", "Tháng 3", fixed("2024-03-31")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 3, 10));
        reports.cancel(id, Actor.program("office"), "Trùng nhiệm vụ 12");

        assertThat(statusOn("2024-03-09")).isEqualTo(MilestoneStatus.OPEN_ON_TIME);
        assertThat(statusOn("2024-03-10")).isEqualTo(MilestoneStatus.CANCELLED);
        assertThatThrownBy(() -> reports.markDone(id, CONTACT, null)).isInstanceOfSatisfying(DondocException.class,
                e -> assertThat(e.code()).isEqualTo(TaskError.NOTHING_OPEN));
    }

    @Test
    void doneGoesToTheEarliestOpenMilestoneAndTheTaskTakesTheNextOnesStatus() {
        long id = saver.save(source, draft("3", "Tháng 3, tháng 6", multiple("2024-03-31", "2024-06-30")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 3, 20));
        reports.markDone(id, CONTACT, null);

        List<MilestoneLine> april = lines(LocalDate.of(2024, 4, 1));
        assertThat(april).extracting(MilestoneLine::status)
                .containsExactly(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.OPEN_ON_TIME);
        assertThat(TaskStatus.current(april).due()).isEqualTo("2024-06-30");
        List<MilestoneLine> july = lines(LocalDate.of(2024, 7, 1));
        assertThat(TaskStatus.current(july).status()).isEqualTo(MilestoneStatus.OPEN_OVERDUE);
    }

    @Test
    void aTaskWithEverythingDoneTakesItsLastMilestonesStatus() {
        long id = saver.save(source, draft("3", "Tháng 3, tháng 6", multiple("2024-03-31", "2024-06-30")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 3, 20));
        reports.markDone(id, CONTACT, null);
        clock.setDay(LocalDate.of(2024, 7, 2));
        reports.markDone(id, CONTACT, null);

        assertThat(TaskStatus.current(lines(LocalDate.of(2024, 8, 1))).status()).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThatThrownBy(() -> reports.markDone(id, CONTACT, null))
                .isInstanceOfSatisfying(DondocException.class, e -> {
                    assertThat(e.code()).isEqualTo(TaskError.NOTHING_OPEN);
                    assertThat(e.args()).containsExactly(id);
                });
    }

    @Test
    void reimportingWithAnotherScheduleKeepsWhatWasReported() {
        long id = saver.save(source, draft("3", "Tháng 3, tháng 6", multiple("2024-03-31", "2024-06-30")), IMPORT).taskId();
        clock.setDay(LocalDate.of(2024, 3, 20));
        reports.markDone(id, CONTACT, null);
        saver.save(source, draft("3", "Tháng 6", fixed("2024-06-30")), IMPORT);

        List<MilestoneLine> lines = lines(LocalDate.of(2024, 4, 1));
        assertThat(lines).extracting(MilestoneLine::due, MilestoneLine::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 30), MilestoneStatus.OPEN_ON_TIME),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 31), MilestoneStatus.CANCELLED));
    }

    @Test
    void reimportingWithoutReportsSimplyReplacesTheSchedule() {
        saver.save(source, draft("3", "Tháng 3, tháng 6", multiple("2024-03-31", "2024-06-30")), IMPORT);
        saver.save(source, draft("3", "Quý III", fixed("2024-09-30")), IMPORT);

        assertThat(lines(ISSUED)).extracting(MilestoneLine::due).containsExactly(LocalDate.of(2024, 9, 30));
    }

    @Test
    void actionsOnAnUnknownTaskSayWhichNumber() {
        assertThatThrownBy(() -> reports.markDone(999, CONTACT, null)).isInstanceOfSatisfying(DondocException.class, e -> {
            assertThat(e.code()).isEqualTo(TaskError.NOT_FOUND);
            assertThat(e.args()).containsExactly(999L);
        });
    }

    private MilestoneStatus statusOn(String day) {
        return TaskStatus.current(lines(LocalDate.parse(day))).status();
    }

    private List<MilestoneLine> lines(LocalDate day) {
        return tasks.milestones(TaskQuery.all(day));
    }

    private TaskDraft draft(String item, String phrase, Deadline deadline) {
        return new TaskDraft(item, "I", "Nhóm I", "Nhiệm vụ " + item, phrase, deadline, List.of(xayDung), List.of(), null, 5);
    }

    private static Deadline fixed(String date) {
        return new Deadline(DeadlineKind.FIXED, List.of(LocalDate.parse(date)), null);
    }

    private static Deadline multiple(String... dates) {
        return new Deadline(DeadlineKind.MULTIPLE, java.util.Arrays.stream(dates).map(LocalDate::parse).toList(), null);
    }

    private long agency(String name) {
        db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, 'now')", name, name.toLowerCase());
        return db.jdbc().queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }
}
