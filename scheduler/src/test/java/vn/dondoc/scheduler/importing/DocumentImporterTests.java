package vn.dondoc.scheduler.importing;

import vn.dondoc.scheduler.calendar.OfficeDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.VietnameseErrors;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

class DocumentImporterTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);

    @TempDir
    Path dir;
    RegisterDatabase db;
    DocumentImporter importer;
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2024-01-20T01:00:00Z"), OfficeZone.ID);

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        importer = new DocumentImporter(db, clock, new OfficeCalendar(List.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importsEveryTaskOfTheRealDocumentAndUnderstandsEveryDeadline() throws Exception {
        ImportReport report = importReal();

        assertThat(report.created()).isEqualTo(178);
        assertThat(report.groups()).isEqualTo(11);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.unparsed()).isEmpty();
        assertThat(report.withoutFixedDeadline()).isEqualTo(3);
        assertThat(report.source().title()).startsWith("Phụ lục 01");
        assertThat(report.newAgencies()).extracting(ImportReport.NewAgency::name)
                .contains("Sở Lao động- TB và XH", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")
                .doesNotContain("Thanh tra sở", "Thanh tra huyện")
                .doesNotHaveDuplicates();
        assertThat(lines()).filteredOn(l -> l.kind() == DeadlineKind.UNPARSED).isEmpty();
    }

    @Test
    void importingTheSameDocumentTwiceLeavesExactlyItsTasks() throws Exception {
        importReal();
        ImportReport again = importReal();

        assertThat(again.unchanged()).isEqualTo(178);
        assertThat(again.created()).isZero();
        assertThat(again.newAgencies()).isEmpty();
        assertThat(new TaskRegister(db, new OfficeDays(db)).count()).isEqualTo(178);
    }

    @Test
    void splitsSeveralLeadAgenciesButNotANameWithACommaInIt() throws Exception {
        importReal();
        Map<String, MilestoneLine> byItem = lines().stream()
                .collect(Collectors.toMap(MilestoneLine::item, l -> l, (a, b) -> a));

        // "Thanh tra sở", "Thanh tra huyện" are groups, kept as text until the office maps them (issue 10 item 12).
        assertThat(byItem.get("166").lead()).containsExactly("Thanh tra tỉnh");
        assertThat(db.jdbc().queryForObject("SELECT cooperation_note FROM task WHERE item = '166'", String.class))
                .isEqualTo("Thanh tra sở; Thanh tra huyện");
        assertThat(byItem.get("25").lead()).containsExactly("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
    }

    @Test
    void keepsGroupsAndTheOriginalDeadlinePhraseWithItsMilestones() throws Exception {
        importReal();
        List<MilestoneLine> item3 = lines().stream().filter(l -> l.item().equals("9")).toList();

        assertThat(item3).extracting(MilestoneLine::due)
                .containsExactly(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 31));
        assertThat(item3.get(0).deadlineText()).isEqualTo("Tháng 11,12");
        assertThat(item3.get(0).groupCode()).isEqualTo("I");
        assertThat(lines().stream().filter(l -> l.item().equals("178")).findFirst().orElseThrow().groupCode()).isEqualTo("XI");
    }

    @Test
    void readsAnotherOfficesCsvWithOtherColumnNamesOrderAndAgencyForms() throws Exception {
        importReal();
        Path csv = write("ke-hoach.csv", """
                UBND TỈNH NGHỆ AN
                KẾ HOẠCH triển khai năm 2024
                STT,Thời hạn,Đơn vị chủ trì,Nội dung,Đơn vị phối hợp
                1,Quý II,Sở LĐTB&XH,"Rà soát hộ nghèo, cận nghèo",Sở Tài chính; các sở ngành liên quan
                2,trước ngày 18 hằng tháng,Sở NN&PTNT,Báo cáo tình hình sản xuất,
                3,"Tháng 3, tháng 6",Sở Thông tin và Truyền thông,Chuyển đổi số,"Sở Nội vụ
                Sở Tài chính"
                """);

        ImportReport report = importer.run(new ImportRequest(csv, "45/KH-UBND", LocalDate.of(2024, 2, 1), null, false));

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.newAgencies()).isEmpty();
        assertThat(report.recognised()).extracting(ImportReport.RecognisedAgency::written, ImportReport.RecognisedAgency::agency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sở LĐTB&XH", "Sở Lao động- TB và XH"),
                        org.assertj.core.groups.Tuple.tuple("Sở NN&PTNT", "Sở Nông nghiệp và PTNT"));
        List<MilestoneLine> plan = lines().stream().filter(l -> l.source().equals("45/KH-UBND")).toList();
        assertThat(plan.get(0).lead()).containsExactly("Sở Lao động- TB và XH");
        assertThat(plan.get(0).cooperating()).containsExactly("Sở Tài chính");
        assertThat(plan.stream().filter(l -> l.item().equals("2")).map(MilestoneLine::due))
                .first().isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(plan.stream().filter(l -> l.item().equals("3")).findFirst().orElseThrow().cooperating())
                .containsExactly("Sở Nội vụ", "Sở Tài chính");
        assertThat(new AgencyRegister(db, clock).lookup("Sở LĐTB&XH").kind()).as("alias learnt")
                .isEqualTo(vn.dondoc.scheduler.agency.AgencyMatcher.Kind.EXACT);
    }

    @Test
    void readsAWorkbookWithATwoRowMergedHeaderAMergedLeadCellAndColumnNumbers() throws Exception {
        Path xlsx = dir.resolve("phu-luc.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("Phụ lục");
            row(sheet, 0, "DANH MỤC NHIỆM VỤ NĂM 2025");
            row(sheet, 2, "TT", "Tên nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành");
            row(sheet, 3, "", "", "Chủ trì", "Phối hợp", "");
            row(sheet, 4, "(1)", "(2)", "(3)", "(4)", "(5)");
            row(sheet, 5, "A", "Lĩnh vực kinh tế");
            row(sheet, 6, "1", "Đề án phát triển kinh tế tư nhân", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Quý I/2025");
            row(sheet, 7, "2", "Chương trình xúc tiến đầu tư", "", "Sở Ngoại vụ", "6 tháng đầu năm");
            row(sheet, 8, "B", "Lĩnh vực xã hội");
            row(sheet, 9, "3", "Kế hoạch giảm nghèo", "Sở Lao động - Thương binh và Xã hội", "", "Thường xuyên");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(6, 7, 2, 2));
            book.write(out);
        }

        ImportReport report = importer.run(new ImportRequest(xlsx, "12/QĐ-UBND", LocalDate.of(2025, 1, 10), null, false));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.groups()).isEqualTo(2);
        assertThat(report.sheet()).isEqualTo("Phụ lục");
        List<MilestoneLine> lines = lines();
        assertThat(lines).extracting(MilestoneLine::item).containsExactly("1", "2", "3");
        assertThat(lines.get(1).lead()).as("merged down").containsExactly("Sở Kế hoạch và Đầu tư");
        assertThat(lines.get(1).cooperating()).containsExactly("Sở Ngoại vụ");
        assertThat(lines.get(1).due()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(lines.get(2).groupCode()).isEqualTo("B");
        assertThat(lines.get(2).kind()).isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void reportsEveryRowItCouldNotTakeWithItsLineAndWhy() throws Exception {
        Path tsv = write("loi.tsv", String.join("\n",
                "TT\tNội dung\tCơ quan chủ trì\tThời hạn",
                "1\tNhiệm vụ một\tSở Y tế\tQuý I",
                "\tphần tiếp của dòng trên\t\t",
                "2\tNhiệm vụ hai\t\tQuý II",
                "a)\tMục con\tSở Y tế\tQuý II",
                "1\tNhiệm vụ một lần nữa\tSở Y tế\tQuý III",
                "3\t\tSở Y tế\tQuý III",
                "4\tNhiệm vụ bốn\tSở Tư pháp\tTháng 13",
                ""));

        ImportReport report = importer.run(new ImportRequest(tsv, "1/KH", ISSUED, null, false));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(report.rejected()).extracting(row -> VietnameseErrors.render(row.reason())).satisfiesExactly(
                r -> assertThat(r).contains("số thứ tự"),
                r -> assertThat(r).contains("cơ quan chủ trì"),
                r -> assertThat(r).contains("\"a)\""),
                r -> assertThat(r).contains("trùng với dòng 2"),
                r -> assertThat(r).contains("không có nội dung"));
        assertThat(report.unparsed()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(8);
            assertThat(u.phrase()).isEqualTo("Tháng 13");
            assertThat(VietnameseErrors.render(u.problem())).isNotBlank();
        });
    }

    @Test
    void refusesAFileThatIsNotARegisterAndLeavesTheRegisterAsItWas() throws Exception {
        importReal();
        Path notes = write("ghi-chu.txt", "Danh sách khách mời\nÔng A\tGiám đốc\nBà B\tPhó giám đốc\n");

        assertThatThrownBy(() -> importer.run(new ImportRequest(notes, "9/TB", ISSUED, null, false)))
                .isInstanceOf(NotARegisterException.class)
                .satisfies(e -> assertThat(VietnameseErrors.render(e)).contains("không tìm thấy dòng tiêu đề").doesNotContain("\n"));
        assertThat(new TaskRegister(db, new OfficeDays(db)).count()).isEqualTo(178);
        assertThat(db.jdbc().queryForObject("SELECT count(*) FROM source_document", Integer.class)).isEqualTo(1);
    }

    @Test
    void keepsWhyADeadlineWasNotUnderstoodAsItsCodeAndArgumentsInAnyLanguage() throws Exception {
        Path tsv = write("han.tsv", String.join("\n",
                "TT\tNội dung\tCơ quan chủ trì\tThời hạn",
                "1\tNhiệm vụ một\tSở Y tế\tTháng 13",
                "2\tNhiệm vụ hai\tSở Y tế\tQuý I",
                ""));

        importer.run(new ImportRequest(tsv, "2/KH", ISSUED, null, false));

        assertThat(db.jdbc().queryForList("SELECT deadline_problem FROM task ORDER BY item", String.class))
                .containsExactly("{\"code\":\"deadline.noSuchMonth\",\"args\":[\"13\"]}", null);
    }

    @Test
    void refusesAHeaderWithARejectedRowUnderItSayingWhy() throws Exception {
        Path rejected = write("chi-tieu-de.tsv", "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tNhiệm vụ một\t\tQuý I\n");

        assertThatThrownBy(() -> importer.run(new ImportRequest(rejected, "9/TB", ISSUED, null, false)))
                .isInstanceOf(NotARegisterException.class)
                .satisfies(e -> assertThat(VietnameseErrors.render(e)).isEqualTo(
                        "Không có dòng nhiệm vụ nào dưới dòng tiêu đề (dòng 1); dòng 2: Nhiệm vụ 1 không ghi cơ quan chủ trì."));
    }

    @Test
    void refusesAHeaderWithNothingUnderIt() throws Exception {
        Path empty = write("trong.tsv", "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n");

        assertThatThrownBy(() -> importer.run(new ImportRequest(empty, "9/TB", ISSUED, null, false)))
                .isInstanceOf(NotARegisterException.class)
                .satisfies(e -> assertThat(VietnameseErrors.render(e)).contains("dòng 1"));
    }

    @Test
    void writesTheWholeFileOrNothing() throws Exception {
        // A failure in the middle of the file: the 100th task cannot be written.
        if (db.postgres()) {
            db.jdbc().execute("CREATE FUNCTION disk_trouble() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'disk trouble'; END; $$");
            db.jdbc().execute("CREATE TRIGGER fail_on_item_100 BEFORE INSERT ON task FOR EACH ROW WHEN (NEW.item = '100')"
                    + " EXECUTE FUNCTION disk_trouble()");
        } else {
            db.jdbc().execute("CREATE TRIGGER fail_on_item_100 BEFORE INSERT ON task WHEN NEW.item = '100'"
                    + " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        }

        assertThatThrownBy(this::importReal).hasMessageContaining("disk trouble");
        for (String table : List.of("task", "milestone", "agency", "source_document", "history", "task_agency")) {
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndWritesNothing() throws Exception {
        ImportReport report = importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, true));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.created()).isEqualTo(178);
        assertThat(new TaskRegister(db, new OfficeDays(db)).count()).isZero();
        assertThat(new AgencyRegister(db, clock).all()).isEmpty();
    }

    @Test
    void aDryRunUsesUpNoTaskNumbersTheImportAfterItNumbersFromOneOnEitherDatabase() throws Exception {
        importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, true));
        importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, true));

        importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, false));

        // People type these numbers (/xong 12, "nv 12"): PostgreSQL's sequences are not rolled back with the preview.
        assertThat(db.jdbc().queryForObject("SELECT min(id) || '-' || max(id) FROM task", String.class)).isEqualTo("1-178");
        assertThat(db.jdbc().queryForObject("SELECT min(id) FROM agency", Long.class)).isEqualTo(1);
        assertThat(db.jdbc().queryForObject("SELECT min(id) FROM source_document", Long.class)).isEqualTo(1);
        importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, true));
        assertThat(db.jdbc().queryForObject("INSERT INTO source_document (number, number_key, issued_on, plan_year, imported_at)"
                + " VALUES ('1/KH', '1/kh', '2024-01-18', 2024, 'x') RETURNING id", Long.class)).as("after the register's rows").isEqualTo(2);
    }

    @Test
    void aChangedRowUpdatesItsTaskAndAMissingRowIsReportedNotDeleted() throws Exception {
        Path first = write("v1.tsv", "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tA\tSở Y tế\tQuý I\n2\tB\tSở Y tế\tQuý II\n");
        Path second = write("v2.tsv", "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tA\tSở Y tế\tQuý III\n");
        importer.run(new ImportRequest(first, "1/KH", ISSUED, null, false));

        ImportReport report = importer.run(new ImportRequest(second, "1/KH", ISSUED, null, false));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.missingItems()).containsExactly("2");
        assertThat(lines()).extracting(MilestoneLine::item, MilestoneLine::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", LocalDate.of(2024, 9, 30)),
                org.assertj.core.groups.Tuple.tuple("2", LocalDate.of(2024, 6, 30)));
    }

    @Test
    void numberingThatRestartsInEachGroupKeepsTasksApartByGroup() throws Exception {
        Path tsv = write("nhom.tsv", String.join("\n",
                "TT\tNội dung\tCơ quan chủ trì\tThời hạn",
                "I\tKinh tế\t\t",
                "1\tA\tSở Tài chính\tQuý I",
                "2\tB\tSở Tài chính\tQuý II",
                "II\tXã hội\t\t",
                "1\tC\tSở Y tế\tQuý III", ""));

        ImportReport report = importer.run(new ImportRequest(tsv, "3/KH", ISSUED, null, false));

        assertThat(report.itemsQualifiedByGroup()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(lines()).extracting(MilestoneLine::item).containsExactly("I.1", "I.2", "II.1");
    }

    @Test
    void aGenericCooperatingPhraseIsKeptAsTextNotMadeAnAgency() throws Exception {
        Path tsv = write("hop.tsv", "TT\tNội dung\tChủ trì\tPhối hợp\tThời hạn\n1\tA\tSở Y tế\tCác sở, ngành liên quan\tQuý I\n");

        importer.run(new ImportRequest(tsv, "4/KH", ISSUED, null, false));

        assertThat(new AgencyRegister(db, clock).all()).extracting(Agency::name).containsExactly("Sở Y tế");
        assertThat(db.jdbc().queryForObject("SELECT cooperation_note FROM task", String.class)).isEqualTo("Các sở, ngành liên quan");
    }

    private ImportReport importReal() throws NotARegisterException {
        return importer.run(new ImportRequest(REAL, "152/QĐ-UBND", ISSUED, null, false));
    }

    private List<MilestoneLine> lines() {
        return new TaskRegister(db, new OfficeDays(db)).milestones(TaskQuery.all(LocalDate.of(2024, 1, 20)));
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
