package vn.dondoc.scheduler.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** A contacts spreadsheet: previewed without writing, then imported row by row with invites, problems said per row. */
class ContactListImportTests {

    @TempDir
    Path dir;
    RegisterDatabase db;
    ContactRegister contacts;
    ContactListImport importer;

    @BeforeEach
    void setUp() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("dondoc.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-03-25T02:00:00Z"), ZoneOffset.UTC);
        AgencyRegister agencies = new AgencyRegister(db, clock);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        db.inTransaction(() -> {
            long yTe = agencies.create("Sở Y tế").id();
            agencies.create("Sở Tài chính");
            contacts.add(new NewContact("Nguyễn Văn An", ContactRole.STAFF, yTe, List.of(), null));
        });
        importer = new ContactListImport(db, contacts, agencies);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void thePreviewSaysWhatEachRowWillBecomeAndWritesNothing() throws Exception {
        Path file = csv("Danh sách đầu mối\n"
                + "STT,Họ tên,Vai trò,Cơ quan\n"
                + "1,Trần Thị Bình,đầu mối,Sở Tài chính\n"
                + "2,Lê Văn Cường,lãnh đạo cơ quan,STC\n"
                + "3,nguyễn văn an,,Sở Y tế\n"
                + "4,Phạm Dũng,đầu mối,Sở Du lịch\n"
                + "5,Hoàng Em,thư ký,Sở Y tế\n"
                + "6,Trần Thị Bình,,Sở Tài chính\n"
                + "7,Đỗ Lãnh Đạo,lãnh đạo UBND,\n");

        ContactListImported preview = importer.preview(file);

        assertThat(preview.lines()).extracting(ContactListLine::name).containsExactly("Trần Thị Bình", "Lê Văn Cường",
                "nguyễn văn an", "Phạm Dũng", "Hoàng Em", "Trần Thị Bình", "Đỗ Lãnh Đạo");
        assertThat(preview.lines()).extracting(l -> l.problem() == null ? null : l.problem().code()).containsExactly(
                null, null, ContactError.LIST_DUPLICATE, ContactError.LIST_UNKNOWN_AGENCY, ContactError.LIST_BAD_ROLE,
                ContactError.LIST_REPEATED, null);
        assertThat(preview.lines().get(1).agency()).isEqualTo("Sở Tài chính");
        assertThat(preview.lines().get(1).role()).isEqualTo(ContactRole.HEAD);
        assertThat(preview.toAdd()).isEqualTo(3);
        assertThat(contacts.all()).hasSize(1);
    }

    @Test
    void theImportAddsTheGoodRowsEachWithAnInvite() throws Exception {
        Path file = csv("Họ tên,Vai trò,Cơ quan\nTrần Thị Bình,đầu mối,Sở Tài chính\nPhạm Dũng,đầu mối,Sở Du lịch\n");

        ContactListImported imported = importer.apply(file);

        assertThat(imported.invited()).singleElement().satisfies(i -> {
            assertThat(i.contact().name()).isEqualTo("Trần Thị Bình");
            assertThat(i.contact().agency()).isEqualTo("Sở Tài chính");
            assertThat(i.code()).isNotBlank();
        });
        assertThat(contacts.all()).hasSize(2);
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWhole() throws Exception {
        Path file = csv("Trần Thị Bình,đầu mối,Sở Tài chính\n");

        assertThatThrownBy(() -> importer.apply(file)).isInstanceOfSatisfying(DondocException.class,
                e -> assertThat(e.code()).isEqualTo(ContactError.LIST_NO_HEADER));
        assertThat(contacts.all()).hasSize(1);
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("lien-he.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
