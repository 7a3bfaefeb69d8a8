package vn.dondoc.scheduler.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.table.TableError;

/** What an import costs is bounded by the register it makes, not by what a file can hold. */
class ImportLimitsTests {

    @TempDir
    Path dir;
    RegisterDatabase db;
    DocumentImporter importer;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        importer = new DocumentImporter(db, Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), OfficeZone.ID),
                new OfficeCalendar(List.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCellNamingFiveHundredAgenciesIsImportedInSeconds() throws Exception {
        String cell = IntStream.rangeClosed(1, 500).mapToObj(i -> "Phòng Văn hóa và Thông tin huyện số " + i)
                .collect(Collectors.joining(", "));
        Path file = Files.writeString(dir.resolve("nhieu-co-quan.tsv"),
                "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n1\tRà soát di tích\t" + cell + "\tTháng 3\n");

        long started = System.nanoTime();
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> importer.run(
                new ImportRequest(file, "7/KH-UBND", LocalDate.of(2024, 1, 18), null, false)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ImportLimitsTests: a cell of 500 agencies imported in %d ms%n", millis);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.newAgencies()).hasSize(500);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void aWorkbookWhoseSheetUnzipsBeyondWhatARegisterNeedsIsRefusedUnreadInOneLine() throws Exception {
        // 20,000 rows of 4,000 characters: 80 MB of sheet in well under a megabyte of zip.
        Path bomb = StreamedXlsx.write(dir.resolve("phong-to.xlsx"), 20_000, 4_000);

        NotARegisterException refused = org.junit.jupiter.api.Assertions.assertThrows(NotARegisterException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DocumentImporter.read(bomb)));

        assertThat(Files.size(bomb)).isLessThan(5_000_000);
        assertThat(refused.code()).isEqualTo(TableError.TOO_BIG);
    }

    @Test
    void aSheetOfMoreRowsThanARegisterHoldsIsRefusedAsSoonAsTheyAreCounted() throws Exception {
        Path huge = StreamedXlsx.write(dir.resolve("mot-tram-nam-muoi-nghin-dong.xlsx"), 150_000, 0);

        NotARegisterException refused = org.junit.jupiter.api.Assertions.assertThrows(NotARegisterException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DocumentImporter.read(huge)));

        assertThat(refused.code()).isEqualTo(TableError.TOO_MANY_ROWS);
        assertThat(refused.args()).containsExactly(100_000); // table/WorkbookStream.MAX_ROWS
    }

    @Test
    void aLargeValidWorkbookIsReadRowByRow() throws Exception {
        Path big = StreamedXlsx.write(dir.resolve("hai-muoi-nghin.xlsx"), 20_000, 50);

        ParsedRegister parsed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DocumentImporter.read(big));

        assertThat(parsed.rows().tasks()).hasSize(20_000);
        assertThat(parsed.sheet()).isEqualTo("Nhiệm vụ");
    }
}
