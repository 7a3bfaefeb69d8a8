package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contact import}: the console's contacts list import from the command line, previewed with --dry-run. */
class ContactImportCommandTests {

    @TempDir
    Path dir;
    CliRunner cli;
    Path list;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(dir.resolve("dondoc.db"));
        cli.importReal();
        list = dir.resolve("lien-he.csv");
        Files.writeString(list, "Họ tên,Vai trò,Cơ quan\nTrần Thị Bình,đầu mối,Sở Tài chính\nPhạm Dũng,đầu mối,Sở Du lịch Hà Nội\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunSaysWhatWouldBeAddedAndAddsNothing() {
        CliRunner.Result r = cli.run("contact", "import", list.toString(), "--dry-run");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dòng 2: sẽ thêm Trần Thị Bình (cán bộ đầu mối, Sở Tài chính).")
                .contains("Dòng 3: bỏ qua Phạm Dũng: Không có cơ quan \"Sở Du lịch Hà Nội\" trong sổ")
                .contains("Xem trước: 1 người sẽ được thêm, 1 dòng bị bỏ qua.");
        assertThat(cli.run("contacts", "--json").out()).doesNotContain("Trần Thị Bình");
    }

    @Test
    void theImportAddsEachGoodRowWithAnInvite() {
        CliRunner.Result r = cli.run("contact", "import", list.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Trần Thị Bình (cán bộ đầu mối)").contains("/start ")
                .contains("Đã thêm 1 liên hệ, mỗi người một mã mời; bỏ qua 1 dòng.");
        assertThat(cli.run("contacts", "--json").out()).contains("Trần Thị Bình");
    }

    @Test
    void aFileWithoutTheHeaderRowIsRefusedWithExitStatusTwo() throws Exception {
        Files.writeString(list, "Trần Thị Bình,đầu mối,Sở Tài chính\n", StandardCharsets.UTF_8);

        CliRunner.Result r = cli.run("contact", "import", list.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("dòng tiêu đề");
    }
}
