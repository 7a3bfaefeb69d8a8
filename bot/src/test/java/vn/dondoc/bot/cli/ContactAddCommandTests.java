package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactAddCommandTests {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
        cli.importReal();
    }

    @ParameterizedTest
    @CsvSource({"cán bộ đầu mối,STAFF", "can bo dau moi,STAFF", "Lãnh đạo cơ quan,HEAD", "văn phòng,OFFICE",
            "lãnh đạo,LEADER", "staff,STAFF"})
    void theRoleIsTakenInVietnameseWordsToo(String words, String role) {
        boolean agency = role.equals("STAFF") || role.equals("HEAD");
        CliRunner.Result r = agency
                ? cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", words, "--agency", "Sở LĐTB&XH")
                : cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", words);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(cli.run("contacts", "--json").out()).contains("\"role\":\"" + role + "\"");
    }

    @Test
    void anUnknownRoleIsRefusedInOneLineInTheOfficesLanguage() {
        CliRunner.Result vi = cli.run("contact", "add", "--name", "Lan", "--role", "giám đốc", "--agency", "Sở LĐTB&XH");
        CliRunner.Result en = cli.env("DONDOC_LANG", "en").run("contact", "add", "--name", "Lan", "--role", "giám đốc");

        assertThat(vi.status()).isEqualTo(2);
        assertThat(vi.err().lines()).singleElement().asString()
                .contains("Vai trò \"giám đốc\" không có").contains("cán bộ đầu mối").doesNotContain("expected one of");
        assertThat(en.status()).isEqualTo(2);
        assertThat(en.err().lines()).singleElement().asString().contains("There is no role \"giám đốc\"");
    }

    @Test
    void aChatIdThatIsNotANumberIsRefusedInOneLineInTheOfficesLanguage() {
        CliRunner.Result vi = cli.run("contact", "add", "--name", "Lan", "--role", "STAFF", "--agency", "Sở LĐTB&XH",
                "--chat-id", "12ab");
        CliRunner.Result en = cli.env("DONDOC_LANG", "en").run("contact", "add", "--name", "Lan", "--role", "STAFF",
                "--agency", "Sở LĐTB&XH", "--chat-id", "12ab");

        assertThat(vi.status()).isEqualTo(2);
        assertThat(vi.err().lines()).singleElement().asString()
                .contains("\"12ab\" không phải là một số (tham số --chat-id)").doesNotContain("is not a long");
        assertThat(en.err().lines()).singleElement().asString().contains("\"12ab\" is not a number (option --chat-id)");
    }

    @Test
    void theSameNameInTheSameAgencyTwiceIsRefusedUnlessForced() {
        assertThat(cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", "STAFF", "--agency", "Sở LĐTB&XH").status())
                .isZero();

        CliRunner.Result again = cli.run("contact", "add", "--name", "nguyen thi  lan", "--role", "HEAD",
                "--agency", "Sở Lao động - Thương binh và Xã hội");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().lines()).singleElement().asString().contains("Đã có liên hệ #1").contains("--force");
        assertThat(cli.run("contacts", "--json").lines()).hasSize(1);

        assertThat(cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", "STAFF", "--agency", "Sở Tài chính")
                .status()).as("another agency").isZero();
        assertThat(cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", "STAFF", "--agency", "Sở LĐTB&XH",
                "--force").status()).isZero();
        assertThat(cli.run("contacts", "--json").lines()).hasSize(3);
    }
}
