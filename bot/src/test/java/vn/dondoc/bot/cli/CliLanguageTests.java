package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.testing.TestRegisters;

/** Every refusal and every problem a command reports reads in DONDOC_LANG: English when asked, Vietnamese by default. */
class CliLanguageTests {

    @TempDir
    Path dir;
    Path register;
    CliRunner vietnamese;
    CliRunner english;

    @BeforeEach
    void setUp() {
        register = dir.resolve("dondoc.db");
        vietnamese = new CliRunner(register);
        english = new CliRunner(register).env("DONDOC_LANG", "en");
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedInEnglish() throws Exception {
        Path notes = dir.resolve("guests.csv");
        Files.writeString(notes, "Họ tên,Chức vụ\nNguyễn Văn A,Giám đốc\n");

        CliRunner.Result r = english.run("import", notes.toString(), "--source", "1/TB", "--issued", "2024-01-18");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dondoc: " + notes + ": Not a task register: no header row with columns for the number (TT),"
                + " the content/task, the lead agency and the deadline/time." + System.lineSeparator());
        assertThat(vietnamese.run("import", notes.toString(), "--source", "1/TB", "--issued", "2024-01-18").err())
                .isEqualTo("dondoc: " + notes + ": Không phải sổ nhiệm vụ: không tìm thấy dòng tiêu đề có đủ các cột số thứ tự (TT),"
                        + " nội dung/nhiệm vụ, cơ quan chủ trì và thời hạn/thời gian." + System.lineSeparator());
    }

    @Test
    void anUnreadableFileIsRefusedInEnglish() throws Exception {
        Path empty = dir.resolve("giao.tsv");
        Files.write(empty, new byte[0]);

        CliRunner.Result r = english.run("import", empty.toString(), "--source", "1/TB", "--issued", "2024-01-18");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("The file is empty: check it and send a file with the task table.");
    }

    @Test
    void anImpossibleDeadlineIsExplainedInEnglishInTheJson() throws Exception {
        CliRunner.Result r = english.run("deadline", "--issued", "2024-01-18", "Tháng 13", "trước ngày 15/01");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly(
                "{\"phrase\":\"Tháng 13\",\"kind\":\"UNPARSED\",\"dates\":[],\"problem\":\"There is no month 13.\"}",
                "{\"phrase\":\"trước ngày 15/01\",\"kind\":\"UNPARSED\",\"dates\":[],"
                        + "\"problem\":\"The milestone “ngày 15/01” of 2024 passed before the issue date 18/01/2024.\"}");
        assertThat(new ObjectMapper().readTree(vietnamese.run("deadline", "--issued", "2024-01-18", "Tháng 13").out())
                .get("problem").asText()).isEqualTo("Tháng 13 không tồn tại.");
    }

    @Test
    void theImportSummaryGivesRejectedRowsAndUnreadDeadlinesInEnglish() throws Exception {
        Path tsv = dir.resolve("giao.tsv");
        Files.writeString(tsv, String.join("\n",
                "TT\tNội dung\tCơ quan chủ trì\tThời hạn",
                "1\tNhiệm vụ một\tSở Y tế\tQuý I",
                "1\tNhiệm vụ một lần nữa\tSở Y tế\tQuý III",
                "2\tNhiệm vụ hai\t\tQuý II",
                "3\tNhiệm vụ ba\tSở Tư pháp\tTháng 13",
                ""));

        CliRunner.Result r = english.run("import", tsv.toString(), "--source", "1/KH", "--issued", "2024-01-18");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.lines()).contains(
                "  line 5, item 3: \"Tháng 13\" — There is no month 13.",
                "  line 3: TT 1 repeats line 2.",
                "  line 4: Task 2 names no lead agency.");
        CliRunner.Result again = vietnamese.run("import", tsv.toString(), "--source", "1/KH", "--issued", "2024-01-18");
        assertThat(again.lines()).contains(
                "  dòng 5, mục 3: \"Tháng 13\" — Tháng 13 không tồn tại.",
                "  dòng 3: TT 1 trùng với dòng 2.",
                "  dòng 4: Nhiệm vụ 2 không ghi cơ quan chủ trì.");
    }

    @Test
    void aMissingRegisterIsNamedInEnglish() {
        TestRegisters.missing(register);
        CliRunner.Result r = english.run("tasks");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dondoc: There is no task register at " + TestRegisters.location(register)
                + ": import a document with \"dondoc import\", or set DONDOC_DB to the register in use." + System.lineSeparator());
        assertThat(TestRegisters.created(register)).isFalse();
    }

    @Test
    void anUnknownAgencyIsRefusedInEnglish() {
        english.importReal();

        CliRunner.Result r = english.run("tasks", "--agency", "Sở Du lịch");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dondoc: No agency is called \"Sở Du lịch\". List them with: dondoc agencies"
                + System.lineSeparator());
    }

    @Test
    void badValuesAndMissingContactsAreRefusedInEnglish() {
        assertThat(english.run("deadline", "--issued", "hôm-qua", "Quý I").err())
                .startsWith("dondoc: Date \"hôm-qua\" is not valid: write it as YYYY-MM-DD");
        assertThat(english.run("deadline", "--issued", "2024-01-18", "--year", "1999", "Quý I").err())
                .isEqualTo("dondoc: The plan year 1999 is not valid (2000–2100)." + System.lineSeparator());
        assertThat(english.run("holidays", "--year", "1800").err())
                .isEqualTo("dondoc: The year 1800 is outside the supported calendar range (1900–2200)." + System.lineSeparator());
        english.importReal();
        CliRunner.Result missing = english.run("contact", "invite", "--contact", "99");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("dondoc: There is no contact #99.");
        CliRunner.Result noAgency = english.run("contact", "add", "--name", "A", "--role", "STAFF");
        assertThat(noAgency.status()).isEqualTo(2);
        assertThat(noAgency.err()).isEqualTo("dondoc: A contact with role STAFF must belong to an agency (--agency)."
                + System.lineSeparator());
    }

    @Test
    void aRegisterThatCannotBeOpenedIsSaidInEnglishWithExitOne() throws Exception {
        Path folder = dir.resolve("not-a-file.db");
        TestRegisters.unopenable(folder);

        CliRunner.Result r = new CliRunner(folder).env("DONDOC_LANG", "en").run("agencies");

        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("dondoc: Cannot open the register " + TestRegisters.location(folder) + ": ");
    }

    @Test
    void noCommandIsSaidInEnglish() {
        CliRunner.Result none = english.run();

        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().lines()).singleElement().asString().isEqualTo("dondoc: Missing command. (see: dondoc --help)");
    }
}
