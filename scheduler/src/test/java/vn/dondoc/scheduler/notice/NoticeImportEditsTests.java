package vn.dondoc.scheduler.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The office's edits of a notice before it is saved: tasks dropped, a lead, a text or a deadline written again. */
class NoticeImportEditsTests {

    /** Lai Châu, Công văn 846/UBND-TH: task 1 (line 3) for three addressees, task 2 (line 4) for Sở Kế hoạch và Đầu tư. */
    static final Path NOTICE = Path.of("src/test/resources/notices/laichau-846-ubnd-th-2019.txt");
    static final LocalDate ISSUED = LocalDate.of(2019, 5, 21);

    @TempDir
    Path dir;
    RegisterDatabase db;
    NoticeImport notices;
    AgencyRegister agencies;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        Clock clock = Clock.fixed(Instant.parse("2019-05-22T01:00:00Z"), OfficeZone.ID);
        agencies = new AgencyRegister(db, clock);
        notices = new NoticeImport(new DocumentImporter(db, clock, new OfficeCalendar(List.of())), agencies, new OfficeDays(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDroppedTaskIsLeftOutAndACorrectedDeadlineIsReadAnew() {
        NoticeImport.Reading read = notices.read(NOTICE, ISSUED, 2019);
        NoticeImport.Edits edits = new NoticeImport.Edits(Set.of(1),
                Map.of(2, new NoticeImport.Correction(null, "tổng hợp báo cáo chung", "trước ngày 31/5/2019")));

        NoticeImport.Reading kept = notices.edited(read, edits, ISSUED, 2019);

        assertThat(kept.tasks()).singleElement().satisfies(r -> {
            assertThat(r.task().line()).isEqualTo(4);
            assertThat(r.task().leads()).containsExactly("Sở Kế hoạch và Đầu tư");
            assertThat(r.task().task()).isEqualTo("tổng hợp báo cáo chung");
            assertThat(r.deadline().dates()).containsExactly(LocalDate.of(2019, 5, 31));
        });
        ImportReport report = notices.save(read, edits, new ImportRequest(NOTICE, "846/UBND-TH", ISSUED, null, false));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.saved()).singleElement().satisfies(t -> assertThat(t.title()).isEqualTo("tổng hợp báo cáo chung"));
    }

    @Test
    void aBlankDeadlineMeansNoneAndABlankLeadKeepsWhatWasRead() {
        NoticeImport.Reading read = notices.read(NOTICE, ISSUED, 2019);

        NoticeImport.Reading kept = notices.edited(read, new NoticeImport.Edits(Set.of(),
                Map.of(2, new NoticeImport.Correction(" ", null, ""))), ISSUED, 2019);

        assertThat(kept.tasks()).hasSize(2);
        assertThat(kept.tasks().get(1).task().leads()).containsExactly("Sở Kế hoạch và Đầu tư");
        assertThat(kept.tasks().get(1).task().deadlinePhrase()).isNull();
        assertThat(kept.tasks().get(1).deadline().dates()).isEmpty();
    }

    @Test
    void aCorrectedLeadNoAgencyAnswersToOrDroppingEverythingWritesNothing() {
        db.inTransaction(() -> agencies.create("Sở Tài chính"));
        NoticeImport.Reading read = notices.read(NOTICE, ISSUED, 2019);
        ImportRequest request = new ImportRequest(NOTICE, "846/UBND-TH", ISSUED, null, false);
        NoticeImport.Edits unknown = new NoticeImport.Edits(Set.of(),
                Map.of(2, new NoticeImport.Correction("Sở Tài chính; Sở Không Có Thật", null, null)));

        assertThat(notices.unknownLeads(unknown)).containsExactly(Map.entry(2, "Sở Không Có Thật"));
        assertThatThrownBy(() -> notices.save(read, unknown, request)).isInstanceOfSatisfying(DondocException.class, e -> {
            assertThat(e.code()).isEqualTo(NoticeError.UNKNOWN_AGENCY);
            assertThat(e.args()).containsExactly(4, "Sở Không Có Thật");
        });
        assertThatThrownBy(() -> notices.save(read, new NoticeImport.Edits(Set.of(1, 2), Map.of()), request))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(NoticeError.NOTHING_KEPT));
        assertThat(agencies.all()).extracting(a -> a.name()).containsExactly("Sở Tài chính");

        ImportReport saved = notices.save(read, new NoticeImport.Edits(Set.of(1),
                Map.of(2, new NoticeImport.Correction("so tai chinh", null, null))), request);
        assertThat(saved.created()).isEqualTo(1);
        assertThat(saved.newAgencies()).isEmpty();
    }
}
