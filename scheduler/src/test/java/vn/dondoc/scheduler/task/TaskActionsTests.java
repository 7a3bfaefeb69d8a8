package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.calendar.OfficeDays;
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
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The use cases: who may do what to a task, each action in one transaction with a small result. */
class TaskActionsTests {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);

    @TempDir
    Path dir;
    RegisterDatabase db;
    MutableClock clock = new MutableClock(ISSUED);
    ContactRegister contacts;
    TaskActions actions;
    ExtensionActions extensionActions;
    long task;
    Caller lead;
    Caller cooperating;
    Caller office;
    Caller leader;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        TaskRegister tasks = new TaskRegister(db, new OfficeDays(db));
        TaskHistory history = new TaskHistory(db, clock);
        TaskAccess access = new TaskAccess(tasks);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        actions = new TaskActions(db, clock, tasks, history, new TaskReports(db, clock, tasks, history), access);
        extensionActions = new ExtensionActions(db, clock, new Extensions(db, clock, tasks, history), access, contacts);
        long xayDung = agency("Sở Xây dựng");
        long taiChinh = agency("Sở Tài chính");
        SourceDocument source = new SourceDocuments(db, clock).save("152/QĐ-UBND", ISSUED, 2024, null, "phu-luc.tsv");
        task = new TaskSaver(db, clock, history).save(source, new TaskDraft("47", "I", "Nhóm I", "Nhiệm vụ 47", "Tháng 3",
                new Deadline(DeadlineKind.FIXED, List.of(LocalDate.of(2024, 3, 31)), null), List.of(xayDung), List.of(taiChinh),
                null, 5), Actor.program("import")).taskId();
        lead = caller("Nguyễn Văn An", ContactRole.STAFF, xayDung, 101);
        cooperating = caller("Trần Thị Bình", ContactRole.STAFF, taiChinh, 102);
        office = caller("Văn phòng", ContactRole.OFFICE, null, 103);
        leader = caller("Lê Văn C", ContactRole.LEADER, null, 104);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theLeadAgencyReportsDoneAndTheHistoryNamesItsChat() {
        clock.setDay(LocalDate.of(2024, 3, 20));
        Done done = actions.markDone(lead, task, "đã trình");

        assertThat(done).isEqualTo(new Done(task, done.milestoneId(), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 20)));
        TaskView view = actions.view(lead, task);
        assertThat(view.mayReport()).isTrue();
        assertThat(view.history()).last().satisfies(h -> {
            assertThat(h.actor()).isEqualTo("Nguyễn Văn An (Sở Xây dựng)");
            assertThat(h.chatId()).isEqualTo(101L);
        });
    }

    @Test
    void aCooperatingAgencySeesButDoesNotReportAndAStrangerAgencySeesNothing() {
        assertThat(actions.view(cooperating, task).mayReport()).isFalse();
        refused(() -> actions.markDone(cooperating, task, null), TaskError.NOT_LEAD, task);
        refused(() -> actions.reportProgress(cooperating, task, 50, null), TaskError.NOT_LEAD, task);
        Caller other = caller("Phạm Văn D", ContactRole.STAFF, agency("Sở Y tế"), 105);
        refused(() -> actions.view(other, task), TaskError.NOT_YOUR_AGENCY, task, "Sở Y tế");
        refused(() -> actions.view(lead, 999), TaskError.NOT_FOUND, 999L);
        assertThat(actions.open(other).tasks()).isEmpty();
        assertThat(actions.open(lead).everyAgency()).isFalse();
        assertThat(actions.open(office).everyAgency()).isTrue();
    }

    @Test
    void theOfficeReportsForAnAgencyButOnlyTheOfficeCancels() {
        assertThat(actions.reportProgress(office, task, 40, null).percent()).isEqualTo(40);
        refused(() -> actions.cancel(lead, task, "trùng"), TaskError.OFFICE_ONLY, task);
        clock.setDay(LocalDate.of(2024, 2, 1));
        assertThat(actions.cancel(office, task, "trùng")).isEqualTo(new Cancelled(task, LocalDate.of(2024, 2, 1)));
        refused(() -> actions.markDone(lead, task, null), TaskError.NOTHING_OPEN, task);
    }

    @Test
    void anExtensionGoesToTheDecidersAndOnlyTheyDecide() {
        clock.setDay(LocalDate.of(2024, 3, 25));
        refused(() -> extensionActions.request(lead, task, LocalDate.of(2024, 3, 25), "muộn"),
                TaskError.EXTENSION_IN_THE_PAST, LocalDate.of(2024, 3, 25));
        ExtensionRequested requested = extensionActions.request(lead, task, LocalDate.of(2024, 4, 30), "chờ ý kiến Bộ");

        assertThat(requested.deciders()).extracting(c -> c.name()).containsExactly("Văn phòng", "Lê Văn C");
        long id = requested.extension().id();
        refused(() -> extensionActions.approve(lead, id), TaskError.DECIDERS_ONLY);
        ExtensionDecided decided = extensionActions.approve(leader, id);
        assertThat(decided.approved()).isTrue();
        assertThat(decided.extension().dueBefore()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(decided.requester()).get().extracting(c -> c.chatId()).isEqualTo(101L);
        refused(() -> extensionActions.reject(office, id), TaskError.EXTENSION_DECIDED, id);
        refused(() -> extensionActions.reject(office, 999), TaskError.EXTENSION_NOT_FOUND, 999L);
    }

    @Test
    void theConsoleListsWaitingRequestsWithTheAgencyThatAskedAndThenWhoDecidedAndWhen() {
        clock.setDay(LocalDate.of(2024, 3, 20));
        long id = extensionActions.request(lead, task, LocalDate.of(2024, 4, 30), "chờ ý kiến Bộ").extension().id();

        ExtensionBoard before = extensionActions.board(Caller.console(office.contact()));
        assertThat(before.decided()).isEmpty();
        assertThat(before.waiting()).singleElement().satisfies(line -> {
            assertThat(line.request().id()).isEqualTo(id);
            assertThat(line.request().requesterName()).isEqualTo("Nguyễn Văn An");
            assertThat(line.requesterAgency()).isEqualTo("Sở Xây dựng");
            assertThat(line.request().requestedDue()).isEqualTo(LocalDate.of(2024, 4, 30));
            assertThat(line.decidedOn()).isNull();
        });
        refused(() -> extensionActions.board(lead), TaskError.DECIDERS_ONLY);

        clock.setDay(LocalDate.of(2024, 3, 21));
        extensionActions.reject(Caller.console(leader.contact()), id, "chưa đủ căn cứ");
        ExtensionBoard after = extensionActions.board(office);
        assertThat(after.waiting()).isEmpty();
        assertThat(after.decided()).singleElement().satisfies(line -> {
            assertThat(line.decidedOn()).isEqualTo(LocalDate.of(2024, 3, 21));
            assertThat(line.decidedBy()).isEqualTo("Lê Văn C");
            assertThat(line.request().decisionReason()).isEqualTo("chưa đủ căn cứ");
        });
        assertThat(actions.view(office, task).history()).last().extracting(HistoryEntry::actor).isEqualTo("Lê Văn C — web");

        clock.setDay(LocalDate.of(2024, 3, 21).plusDays(ExtensionActions.DECIDED_DAYS + 1));
        assertThat(extensionActions.board(office).decided()).isEmpty();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, ErrorCode code, Object... args) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DondocException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.args()).containsExactly(args);
        });
    }

    private Caller caller(String name, ContactRole role, Long agencyId, long chat) {
        long id = contacts.add(new NewContact(name, role, agencyId, List.of(), chat)).id();
        return Caller.of(contacts.byId(id).orElseThrow(), chat, null);
    }

    private long agency(String name) {
        db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, 'now')", name, name.toLowerCase());
        return db.jdbc().queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }
}
