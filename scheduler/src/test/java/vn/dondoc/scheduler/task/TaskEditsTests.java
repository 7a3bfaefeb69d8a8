package vn.dondoc.scheduler.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The office corrects a task's title or deadline phrase: previewed without writing, saved in one transaction. */
class TaskEditsTests {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(LocalDate.of(2024, 2, 1));
    TaskEdits edits;
    TaskRegister tasks;
    TaskHistory history;
    ContactRegister contacts;
    long task;
    Caller office;
    Caller leader;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        tasks = new TaskRegister(db, new OfficeDays(db));
        history = new TaskHistory(db, clock);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        edits = new TaskEdits(db, clock, new OfficeDays(db), history, new TaskAccess(tasks), new EventRegister(db, clock));
        db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'now')");
        long yTe = db.jdbc().queryForObject("SELECT id FROM agency", Long.class);
        SourceDocument source = new SourceDocuments(db, clock).save("152/QĐ-UBND", ISSUED, 2024, null, "phu-luc.tsv");
        task = new TaskSaver(db, clock, history).save(source, new TaskDraft("47", "I", "Nhóm I", "Nhiệm vụ 47", "Tháng 3",
                new Deadline(DeadlineKind.FIXED, List.of(LocalDate.of(2024, 3, 31)), null), List.of(yTe), List.of(),
                null, 5), Actor.program("import")).taskId();
        office = caller("Văn phòng UBND tỉnh", ContactRole.OFFICE, 103);
        leader = caller("Lê Văn C", ContactRole.LEADER, 104);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPreviewShowsTheNewMilestonesAndWritesNothing() {
        TaskEdit preview = edits.preview(office, task, null, "Quý II và Quý IV");

        assertThat(preview.readable()).isTrue();
        assertThat(preview.changed()).isTrue();
        assertThat(preview.saved()).isFalse();
        assertThat(preview.before()).containsExactly(LocalDate.of(2024, 3, 31));
        assertThat(preview.after()).containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(dues()).containsExactly(LocalDate.of(2024, 3, 31));
        assertThat(history.of(task)).hasSize(1);
    }

    @Test
    void savingWritesTheTitleThePhraseTheMilestonesAndOneHistoryLineSignedWeb() {
        Caller web = Caller.console(office.contact());
        TaskEdit saved = edits.save(web, task, "Nhiệm vụ 47 (sửa)", "Quý II");

        assertThat(saved.saved()).isTrue();
        assertThat(dues()).containsExactly(LocalDate.of(2024, 6, 30));
        assertThat(tasks.milestones(task, LocalDate.of(2024, 2, 1))).allSatisfy(l -> {
            assertThat(l.title()).isEqualTo("Nhiệm vụ 47 (sửa)");
            assertThat(l.deadlineText()).isEqualTo("Quý II");
        });
        assertThat(history.of(task)).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("EDITED");
            assertThat(h.actor()).isEqualTo("Văn phòng UBND tỉnh — web");
            assertThat(h.detail()).contains("\"deadline_text\":[\"Tháng 3\",\"Quý II\"]").contains("\"title\"");
        });
        // The same again changes nothing and adds no line.
        assertThat(edits.save(web, task, "Nhiệm vụ 47 (sửa)", "Quý II").changed()).isFalse();
        assertThat(history.of(task)).hasSize(2);
    }

    @Test
    void anUnreadablePhraseIsRefusedAndNothingIsWritten() {
        TaskEdit preview = edits.preview(office, task, "Tên mới", "Tháng 13");
        assertThat(preview.readable()).isFalse();
        assertThat(preview.deadline().problem()).isNotNull();

        assertThatThrownBy(() -> edits.save(office, task, "Tên mới", "Tháng 13"))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(TaskError.DEADLINE_UNREADABLE));
        assertThat(dues()).containsExactly(LocalDate.of(2024, 3, 31));
        assertThat(tasks.milestones(task, LocalDate.of(2024, 2, 1)).get(0).title()).isEqualTo("Nhiệm vụ 47");
        assertThat(history.of(task)).hasSize(1);
    }

    @Test
    void aPhraseWaitingOnAnEventLinksTheTaskAsAnImportWould() {
        TaskEdit saved = edits.save(office, task, null, "Trước kỳ họp HĐND tỉnh cuối năm");

        assertThat(saved.deadline().kind()).isEqualTo(DeadlineKind.EVENT);
        assertThat(db.jdbc().queryForObject("SELECT deadline_kind FROM task WHERE id = ?", String.class, task)).isEqualTo("NONE");
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM task_event WHERE task_id = ?", Integer.class, task)).isOne();
        edits.save(office, task, null, "Quý II");
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM task_event WHERE task_id = ?", Integer.class, task)).isZero();
    }

    @Test
    void aLeaderMayNotEditAndAMissingTaskIsSaidSo() {
        assertThatThrownBy(() -> edits.save(leader, task, "x", null))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(TaskError.EDIT_OFFICE_ONLY));
        assertThatThrownBy(() -> edits.preview(office, 999, "x", null))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(TaskError.NOT_FOUND));
    }

    @Test
    void aCancelledTaskIsNotCorrectedAndKeepsWhatItSaid() {
        db.jdbc().update("UPDATE task SET cancelled_on = '2024-01-25' WHERE id = ?", task);

        assertThatThrownBy(() -> edits.preview(office, task, "Tên mới", "Quý II"))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(TaskError.EDIT_CANCELLED));
        assertThatThrownBy(() -> edits.save(office, task, "Tên mới", "Quý II"))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(TaskError.EDIT_CANCELLED));
        assertThat(dues()).containsExactly(LocalDate.of(2024, 3, 31));
        assertThat(history.of(task)).hasSize(1);
    }

    private List<LocalDate> dues() {
        return tasks.milestones(task, LocalDate.of(2024, 2, 1)).stream().map(MilestoneLine::due).toList();
    }

    private Caller caller(String name, ContactRole role, long chat) {
        long id = contacts.add(new NewContact(name, role, null, List.of(), chat)).id();
        return Caller.of(contacts.byId(id).orElseThrow(), chat, null);
    }
}
