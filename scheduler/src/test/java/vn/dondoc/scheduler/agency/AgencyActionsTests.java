package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The office's changes to agencies on the real 152/QĐ-UBND register: aliases, renames, new agencies, and the refusals.
 * (Merging one into another is {@code task/AgencyMergesTests}.)
 */
class AgencyActionsTests {

    private static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    private static final String KHDT = "Sở Kế hoạch và Đầu tư";
    private static final String TAI_CHINH = "Sở Tài chính";

    @TempDir
    Path dir;
    RegisterDatabase db;
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T02:00:00Z"), ZoneOffset.UTC);
    AgencyRegister agencies;
    AgencyActions actions;

    @BeforeEach
    void setUp() throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("dondoc.db"));
        new DocumentImporter(db, clock, new OfficeCalendar(List.of())).run(new ImportRequest(
                REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        agencies = new AgencyRegister(db, clock);
        actions = new AgencyActions(db, agencies);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void renamingKeepsTheOldNameAsAnAliasAndAnotherAgencysNameIsRefused() {
        Agency khdt = named(KHDT);

        Agency renamed = actions.rename(khdt.id(), "Sở Kế hoạch, Đầu tư");

        assertThat(renamed.name()).isEqualTo("Sở Kế hoạch, Đầu tư");
        assertThat(renamed.aliases()).contains(KHDT);
        assertThat(agencies.lookup(KHDT).agencies()).extracting(Agency::id).containsExactly(khdt.id());
        assertThatThrownBy(() -> actions.rename(khdt.id(), TAI_CHINH))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(AgencyError.NAME_TAKEN));
    }

    @Test
    void anAliasIsAddedOnceAndCanBeRemoved() {
        Agency taiChinh = named(TAI_CHINH);

        actions.addAlias(taiChinh.id(), "STC Nghệ An");
        assertThat(agencies.lookup("stc nghe an").agencies()).extracting(Agency::id).containsExactly(taiChinh.id());
        assertThatThrownBy(() -> actions.addAlias(named(KHDT).id(), "STC NGHỆ AN"))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(AgencyError.NAME_TAKEN));

        Agency after = actions.removeAlias(taiChinh.id(), "STC Nghệ An");
        assertThat(after.aliases()).doesNotContain("STC Nghệ An");
        assertThatThrownBy(() -> actions.removeAlias(taiChinh.id(), "STC Nghệ An"))
                .isInstanceOfSatisfying(DondocException.class, e -> assertThat(e.code()).isEqualTo(AgencyError.ALIAS_NOT_FOUND));
    }

    @Test
    void aNewAgencyNeedsANameNobodyHas() {
        Agency added = actions.add("Sở Dân tộc và Tôn giáo");

        assertThat(agencies.byId(added.id())).isPresent();
        assertThatThrownBy(() -> actions.add("  ")).isInstanceOfSatisfying(DondocException.class,
                e -> assertThat(e.code()).isEqualTo(AgencyError.NAME_MISSING));
        assertThatThrownBy(() -> actions.add("sở tài chính")).isInstanceOfSatisfying(DondocException.class,
                e -> assertThat(e.code()).isEqualTo(AgencyError.NAME_TAKEN));
    }

    private Agency named(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
