package vn.dondoc.scheduler.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyError;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Merging "Sở Kế hoạch và Đầu tư" into "Sở Tài chính" (the 2025 reorganisation) on the real 152/QĐ-UBND register:
 * its tasks and contacts move, the history says so, and a refused or failed merge changes nothing.
 */
class AgencyMergesTests {

    private static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    private static final String KHDT = "Sở Kế hoạch và Đầu tư";
    private static final String TAI_CHINH = "Sở Tài chính";

    @TempDir
    Path dir;
    RegisterDatabase db;
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T02:00:00Z"), ZoneOffset.UTC);
    AgencyRegister agencies;
    ContactRegister contacts;
    TaskHistory history;
    AgencyMerges actions;
    Caller office;

    @BeforeEach
    void setUp() throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("dondoc.db"));
        new DocumentImporter(db, clock, new OfficeCalendar(List.of())).run(new ImportRequest(
                REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        agencies = new AgencyRegister(db, clock);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        history = new TaskHistory(db, clock);
        actions = new AgencyMerges(db, agencies, history);
        long officeId = contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), 11L)).id();
        office = Caller.console(contacts.byId(officeId).orElseThrow());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aMergeMovesTheTasksAndContactsAndTheOldNameFindsTheTarget() {
        Agency khdt = named(KHDT);
        Agency taiChinh = named(TAI_CHINH);
        List<Long> khdtTasks = tasksOf(khdt.id());
        List<Long> taiChinhTasks = tasksOf(taiChinh.id());
        long both = khdtTasks.stream().filter(taiChinhTasks::contains).count();
        long clerk = contacts.add(new NewContact("Lê Văn Kế", ContactRole.STAFF, khdt.id(), List.of(), 21L)).id();

        AgencyMerged merged = actions.merge(khdt.id(), taiChinh.id(), office);

        assertThat(khdtTasks).hasSizeGreaterThan(10);
        assertThat(merged.tasks()).isEqualTo(khdtTasks.size());
        assertThat(merged.contacts()).isEqualTo(1);
        assertThat(tasksOf(taiChinh.id())).containsAll(khdtTasks).hasSize((int) (taiChinhTasks.size() + khdtTasks.size() - both));
        assertThat(agencies.byId(khdt.id())).isEmpty();
        assertThat(contacts.byId(clerk).map(Contact::agency)).contains(TAI_CHINH);
        assertThat(agencies.lookup(KHDT).agencies()).extracting(Agency::id).containsExactly(taiChinh.id());
        assertThat(agencies.lookup("Sở KH&ĐT").agencies()).extracting(Agency::id).containsExactly(taiChinh.id());
        assertThat(agencies.byId(taiChinh.id()).orElseThrow().aliases()).contains(KHDT);
    }

    @Test
    void everyTaskMovedSaysSoInItsHistoryMadeFromTheWeb() {
        Agency khdt = named(KHDT);
        long task = tasksOf(khdt.id()).get(0);

        actions.merge(khdt.id(), named(TAI_CHINH).id(), office);

        HistoryEntry last = history.of(task).get(history.of(task).size() - 1);
        assertThat(last.action()).isEqualTo(AgencyMerges.MERGED);
        assertThat(last.actor()).isEqualTo("Văn phòng UBND tỉnh — web");
        assertThat(last.detail()).contains(KHDT).contains(TAI_CHINH);
    }

    @Test
    void aMergeIntoItselfIsRefusedAndChangesNothing() {
        Agency khdt = named(KHDT);
        List<Long> before = tasksOf(khdt.id());

        assertThatThrownBy(() -> actions.merge(khdt.id(), khdt.id(), office))
                .isInstanceOfSatisfying(DondocException.class, e -> {
                    assertThat(e.code()).isEqualTo(AgencyError.SELF_MERGE);
                    assertThat(e.args()).containsExactly(KHDT);
                });
        assertThat(tasksOf(khdt.id())).isEqualTo(before);
        assertThat(agencies.byId(khdt.id())).isPresent();
    }

    @Test
    void aMergeThatFailsHalfwayLeavesNothingHalfWritten() {
        Agency khdt = named(KHDT);
        List<Long> before = tasksOf(khdt.id());
        int historyBefore = history.of(before.get(0)).size();
        // A table naming the agency that the merge does not know of: deleting the agency then fails on its key.
        db.jdbc().execute("CREATE TABLE elsewhere (agency_id INTEGER REFERENCES agency (id))");
        db.jdbc().update("INSERT INTO elsewhere VALUES (?)", khdt.id());

        assertThatThrownBy(() -> actions.merge(khdt.id(), named(TAI_CHINH).id(), office)).isInstanceOf(RuntimeException.class);

        assertThat(tasksOf(khdt.id())).isEqualTo(before);
        assertThat(history.of(before.get(0))).hasSize(historyBefore);
        assertThat(agencies.lookup(KHDT).agencies()).extracting(Agency::id).containsExactly(khdt.id());
    }

    private Agency named(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Long> tasksOf(long agencyId) {
        return db.jdbc().queryForList("SELECT task_id FROM task_agency WHERE agency_id = ? ORDER BY task_id", Long.class, agencyId);
    }
}
