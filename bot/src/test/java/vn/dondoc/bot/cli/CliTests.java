package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import vn.dondoc.scheduler.testing.TestRegisters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path register;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        register = dir.resolve("dondoc.db");
        cli = new CliRunner(register);
    }

    @Test
    void deadlineGivesOneJsonLinePerPhraseFromTheArguments() throws Exception {
        TestRegisters.missing(register);
        CliRunner.Result r = cli.run("deadline", "--issued", "2024-01-18", "Quý I", "Tháng 6,7", "Khi có đề xuất", "Tháng 13");

        assertThat(r.status()).isZero();
        List<JsonNode> lines = json(r);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).toString()).isEqualTo("{\"phrase\":\"Quý I\",\"kind\":\"FIXED\",\"dates\":[\"2024-03-31\"]}");
        assertThat(lines.get(1).get("kind").asText()).isEqualTo("MULTIPLE");
        assertThat(texts(lines.get(1).get("dates"))).containsExactly("2024-06-30", "2024-07-31");
        assertThat(lines.get(2).get("kind").asText()).isEqualTo("NONE");
        assertThat(lines.get(3).get("kind").asText()).isEqualTo("UNPARSED");
        assertThat(lines.get(3).get("dates")).isEmpty();
        assertThat(TestRegisters.created(register)).as("computing creates no register").isFalse();
    }

    @Test
    void deadlineReadsOnePhrasePerLineFromStandardInputAndTakesThePlanYear() throws Exception {
        CliRunner.Result r = cli.runWithInput("hạn 7/5\n\nquy II\n", "deadline", "--issued", "2024-12-20", "--year", "2025");

        assertThat(r.status()).isZero();
        assertThat(json(r)).extracting(n -> n.get("dates").get(0).asText()).containsExactly("2025-05-07", "2025-06-30");
    }

    @Test
    void anOverlongDeadlineOrAgencyCellIsCutInTheImportSummaryNotEchoedWhole() throws Exception {
        String deadline = "Hạn chót " + "rất ".repeat(2_500);
        String lead = "Ban " + "quản lý ".repeat(1_500);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("dai.tsv"),
                "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n1\tRà soát\tSở Y tế\t" + deadline + "\n2\tBáo cáo\t" + lead + "\tTháng 3\n");

        CliRunner.Result r = cli.run("import", file.toString(), "--source", "9/KH", "--issued", "2024-01-18");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hạn chót rất rất").contains("…");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(600));
    }

    @Test
    void importingTheRealDocumentTwiceLeavesExactly178Tasks() throws Exception {
        CliRunner.Result first = cli.importReal();
        CliRunner.Result second = cli.importReal();

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("178 nhiệm vụ trong 11 nhóm: 178 mới").contains("0 thời hạn chưa hiểu được");
        assertThat(second.out()).contains("178 nhiệm vụ trong 11 nhóm: 0 mới, 0 cập nhật, 178 không đổi");
        List<JsonNode> lines = json(cli.run("tasks", "--json", "--now", "2024-01-20"));
        assertThat(lines.stream().map(l -> l.get("task").asLong()).distinct()).hasSize(178);
    }

    @Test
    void tasksJsonGivesEveryMilestoneWithItsDueDateAndStatus() throws Exception {
        cli.importReal();
        List<JsonNode> lines = json(cli.run("tasks", "--json", "--now", "2024-01-20"));

        // 178 tasks; the list phrases add milestones: "Tháng 11,12", "Tháng 6,7" one more each, "Tháng 3, tháng 6, tháng 11" two.
        assertThat(lines).hasSize(178 + 1 + 1 + 2);
        JsonNode first = lines.get(0);
        assertThat(fieldNames(first)).startsWith("task", "source", "item", "title", "lead", "deadline_text", "due", "status");
        assertThat(first.get("source").asText()).isEqualTo("152/QĐ-UBND");
        for (JsonNode line : lines) {
            boolean none = line.get("kind").asText().equals("NONE");
            assertThat(line.get("due").isNull()).as(line.toString()).isEqualTo(none);
            assertThat(line.get("status").asText()).isEqualTo(none ? "NO_DEADLINE" : "OPEN_ON_TIME");
        }
        JsonNode item166 = lines.stream().filter(l -> l.get("item").asText().equals("166")).findFirst().orElseThrow();
        // "Thanh tra sở", "Thanh tra huyện" are groups, not agencies (issue 10 item 12).
        assertThat(texts(item166.get("lead"))).containsExactly("Thanh tra tỉnh");
        JsonNode item25 = lines.stream().filter(l -> l.get("item").asText().equals("25")).findFirst().orElseThrow();
        assertThat(texts(item25.get("lead"))).containsExactly("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
    }

    @Test
    void tasksDoneRecordsACompletionOnTheDayItHappenedAndTheHistoryKeepsWhoAndWhen() throws Exception {
        cli.importReal();
        cli.clock(java.time.Clock.fixed(java.time.Instant.parse("2024-03-25T03:00:00Z"), vn.dondoc.scheduler.register.OfficeZone.ID));
        JsonNode task = json(cli.run("tasks", "--json", "--status", "OPEN_OVERDUE")).stream()
                .filter(l -> l.get("deadline_text").asText().equals("Tháng 1")).findFirst().orElseThrow();
        long id = task.get("task").asLong();

        CliRunner.Result done = cli.run("tasks", "done", String.valueOf(id), "--on", "2024-01-20", "--note", "theo Báo cáo số 12/BC");

        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).contains("#" + id).contains("20/01/2024");
        JsonNode after = json(cli.run("tasks", "--json")).stream().filter(l -> l.get("task").asLong() == id).findFirst().orElseThrow();
        assertThat(after.get("status").asText()).isEqualTo("DONE_ON_TIME");
        try (var db = vn.dondoc.scheduler.testing.TestRegisters.open(register)) {
            var entry = db.jdbc().queryForMap("SELECT at, actor, detail FROM history WHERE task_id = ? AND action = 'DONE'", id);
            assertThat(entry.get("at")).isEqualTo("2024-03-25T03:00:00Z");
            assertThat((String) entry.get("actor")).contains("Văn phòng UBND").contains("dòng lệnh");
            assertThat((String) entry.get("detail")).contains("2024-01-20").contains("theo Báo cáo số 12/BC");
        }
        assertThat(cli.run("tasks", "done", String.valueOf(id), "--on", "2024-03-30").status()).as("a day to come").isEqualTo(2);
    }

    @Test
    void statusesFollowTheDayAskedAbout() throws Exception {
        cli.importReal();
        List<JsonNode> april = json(cli.run("tasks", "--json", "--now", "2024-04-01", "--status", "OPEN_OVERDUE"));

        assertThat(april).isNotEmpty().allSatisfy(l -> assertThat(l.get("due").asText()).isLessThan("2024-04-01"));
        assertThat(april.stream().map(l -> l.get("deadline_text").asText())).contains("Quý I", "Tháng 1", "Tháng 3");
    }

    @Test
    void filtersByAnAgencyWrittenAnotherWayAndByAVietnameseStatus() throws Exception {
        cli.importReal();
        CliRunner.Result r = cli.run("tasks", "--agency", "Sở LĐTB&XH", "--status", "đang thực hiện trong hạn", "--now", "2024-01-20");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Sở Lao động- TB và XH").contains("14 nhiệm vụ, tính đến 20/01/2024: 14 đang thực hiện trong hạn.");
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedInOneLineAndTouchesNothing() throws Exception {
        Path notes = dir.resolve("khach-moi.csv");
        Files.writeString(notes, "Họ tên,Chức vụ\nNguyễn Văn A,Giám đốc\n");
        TestRegisters.missing(register);

        CliRunner.Result r = cli.run("import", notes.toString(), "--source", "1/TB", "--issued", "2024-01-18");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains("khach-moi.csv").contains("tiêu đề");
        assertThat(r.out()).isEmpty();
        assertThat(TestRegisters.created(register)).as("no register is even created").isFalse();
    }

    @Test
    void aRefusedFileLeavesAnExistingRegisterUnchanged() throws Exception {
        cli.importReal();
        Path binary = dir.resolve("anh.xlsx");
        Files.write(binary, new byte[] {1, 2, 3, 0, 0, 9});

        CliRunner.Result r = cli.run("import", binary.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(json(cli.run("tasks", "--json", "--now", "2024-01-20")).stream().map(l -> l.get("task").asLong()).distinct())
                .hasSize(178);
    }

    @Test
    void aDryRunSaysSoAndWritesNoTask() throws Exception {
        CliRunner.Result r = cli.run("import", CliRunner.REAL.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18",
                "--dry-run");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Chạy thử, chưa ghi gì vào sổ").contains("178 mới");
        assertThat(cli.run("tasks", "--json").out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--issued 2024-13-01 Quý I", "--issued hôm-qua Quý I", "Quý I", "--issued 2024-01-18 --bogus"})
    void badArgumentsGiveExitTwoAndOneLine(String args) {
        CliRunner.Result r = cli.run(("deadline " + args).split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains("(xem: dondoc deadline --help)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownAgencyIsRefusedWithWhatToDo() {
        cli.importReal();
        CliRunner.Result r = cli.run("tasks", "--agency", "Sở Du lịch");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Không có cơ quan nào tên \"Sở Du lịch\"").contains("dondoc agencies");
    }

    @Test
    void readingAMissingRegisterSaysWhereItLookedInsteadOfCreatingOne() {
        TestRegisters.missing(register);
        CliRunner.Result r = cli.run("tasks");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(TestRegisters.location(register)).contains("dondoc import");
        assertThat(TestRegisters.created(register)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "deadline", "import", "tasks", "agencies", "contacts", "contact", "contact add", "contact invite", "holidays",
            "holidays add", "digest", "remind", "run"})
    void everyCommandHasVietnameseHelp(String command) {
        String[] args = (command + " --help").trim().split(" ");
        CliRunner.Result r = cli.run(args);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Cách dùng: dondoc").contains("In hướng dẫn của lệnh này");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void noCommandIsABadArgument() {
        CliRunner.Result r = cli.run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("Thiếu lệnh");
    }

    @Test
    void agenciesListTheNamesTheDocumentsUsedWithTheirAliases() throws Exception {
        cli.importReal();
        Path csv = dir.resolve("kh.csv");
        Files.writeString(csv, "STT,Nội dung,Đơn vị chủ trì,Thời hạn\n1,Rà soát hộ nghèo,Sở LĐTB&XH,Quý II\n");
        cli.run("import", csv.toString(), "--source", "45/KH-UBND", "--issued", "2024-02-01");

        List<JsonNode> agencies = json(cli.run("agencies", "--json"));

        // 33 of the document's lead names are agencies; "Thanh tra sở", "Thanh tra huyện" are groups (issue 10 item 12).
        assertThat(agencies).hasSize(33);
        JsonNode labour = agencies.stream().filter(a -> a.get("name").asText().equals("Sở Lao động- TB và XH")).findFirst().orElseThrow();
        assertThat(fieldNames(labour)).startsWith("agency", "name", "aliases");
        assertThat(texts(labour.get("aliases"))).containsExactly("Sở LĐTB&XH");
    }

    @Test
    void theOfficeEditsAnAgencysShortNameForTheDigestAndCanGoBackToTheRulesOne() throws Exception {
        cli.importReal();

        CliRunner.Result set = cli.run("agencies", "short-name", "Sở LĐTB&XH", "--to", "Sở LĐTBXH");
        CliRunner.Result tooLong = cli.run("agencies", "short-name", "Sở Y tế", "--to", "Sở Y tế tỉnh Nghệ An và các đơn vị trực thuộc");
        String edited = shortName("Sở Lao động- TB và XH");
        CliRunner.Result back = cli.run("agencies", "short-name", "Sở LĐTB&XH", "--to", "");

        assertThat(set.status()).isZero();
        assertThat(set.out()).contains("Sở Lao động- TB và XH").contains("\"Sở LĐTBXH\"");
        assertThat(edited).isEqualTo("Sở LĐTBXH");
        assertThat(tooLong.status()).isEqualTo(2);
        assertThat(tooLong.err().lines()).singleElement().asString().contains("30");
        assertThat(shortName("Sở Y tế")).isNotEqualTo("Sở Y tế tỉnh Nghệ An và các đơn vị trực thuộc");
        assertThat(back.status()).isZero();
        assertThat(shortName("Sở Lao động- TB và XH")).isNotEqualTo("Sở LĐTBXH").isNotBlank();
    }

    private String shortName(String agency) throws Exception {
        return json(cli.run("agencies", "--json")).stream().filter(a -> a.get("name").asText().equals(agency)).findFirst()
                .orElseThrow().get("short_name").asText();
    }

    @Test
    void agenciesShowEachAgencysActiveContactsSoTheOfficeSeesWhoCannotBeReminded() throws Exception {
        cli.importReal();
        cli.run("contact", "add", "--name", "Nhóm Sở Y tế", "--role", "STAFF", "--agency", "Sở Y tế", "--chat-id", "-100123");
        cli.run("contact", "add", "--name", "Trần Thị Bình", "--role", "STAFF", "--agency", "Sở LĐTB&XH");

        List<JsonNode> agencies = json(cli.run("agencies", "--json"));
        CliRunner.Result text = cli.run("agencies");

        JsonNode health = agencies.stream().filter(a -> a.get("name").asText().equals("Sở Y tế")).findFirst().orElseThrow();
        JsonNode labour = agencies.stream().filter(a -> a.get("name").asText().equals("Sở Lao động- TB và XH")).findFirst()
                .orElseThrow();
        assertThat(fieldNames(health)).startsWith("agency", "name", "aliases").contains("active_contacts");
        assertThat(health.get("active_contacts").asInt()).isEqualTo(1);
        assertThat(labour.get("active_contacts").asInt()).as("only invited, not linked yet").isZero();
        assertThat(text.out()).contains("Nhóm Sở Y tế").contains("32 cơ quan chưa có đầu mối nào đang liên kết"); // 33 agencies since "Thanh tra sở/huyện" are groups
    }

    @Test
    void aContactWithoutAChatIsInvitedAndAGroupIsLinkedAtOnce() throws Exception {
        cli.importReal();
        JsonNode invited = json(cli.run("contact", "add", "--name", "Trần Thị Bình", "--role", "STAFF",
                "--agency", "Sở LĐTB&XH", "--json")).get(0);
        JsonNode linked = json(cli.run("contact", "add", "--name", "Nhóm Sở Y tế", "--role", "staff",
                "--agency", "Sở Y tế", "--chat-id", "-1001234567890", "--json")).get(0);
        CliRunner.Result leader = cli.run("contact", "add", "--name", "Phó Chủ tịch Lê Văn C", "--role", "LEADER",
                "--in-charge", "Sở Y tế; Sở Xây dựng");

        assertThat(invited.get("invite").asText()).matches("[A-Za-z0-9_-]{16}");
        assertThat(linked.get("invite").isNull()).isTrue();
        assertThat(leader.status()).isZero();
        assertThat(leader.out()).contains("Đã tạo liên hệ #3: Phó Chủ tịch Lê Văn C (lãnh đạo UBND).").contains("Mã mời dùng một lần");
        List<JsonNode> contacts = json(cli.run("contacts", "--json"));
        assertThat(contacts).hasSize(3);
        assertThat(contacts.get(0).toString()).isEqualTo("{\"contact\":1,\"name\":\"Trần Thị Bình\",\"role\":\"STAFF\","
                + "\"agency\":\"Sở Lao động- TB và XH\",\"chat_id\":null,\"status\":\"INVITED\"}");
        assertThat(contacts.get(1).get("chat_id").asLong()).isEqualTo(-1001234567890L);
        assertThat(contacts.get(1).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(contacts.get(2).get("in_charge"))).containsExactly("Sở Xây dựng", "Sở Y tế");
    }

    @Test
    void aStaffContactNeedsAKnownAgency() {
        cli.importReal();
        CliRunner.Result r = cli.run("contact", "add", "--name", "A", "--role", "STAFF");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("--agency");
    }

    @Test
    void holidaysFollowTheLunarCalendarAndTheOfficesOwnDays() throws Exception {
        List<JsonNode> rule = json(cli.run("holidays", "--year", "2024", "--json"));
        assertThat(rule).extracting(n -> n.get("date").asText()).contains("2024-02-10", "2024-04-18", "2024-09-02");
        assertThat(rule.get(0).toString()).isEqualTo("{\"date\":\"2024-01-01\",\"name\":\"Tết Dương lịch\",\"kind\":\"PUBLIC\"}");

        assertThat(cli.run("holidays", "add", "--date", "2024-02-08", "--name", "Nghỉ Tết (29 tháng Chạp)").status()).isZero();
        assertThat(cli.run("holidays", "add", "--date", "2024-02-17", "--name", "Làm bù", "--working").status()).isZero();
        List<JsonNode> loaded = json(cli.run("holidays", "--year", "2024", "--json"));
        assertThat(loaded).extracting(n -> n.get("date").asText()).contains("2024-02-08");
        assertThat(loaded).filteredOn(n -> n.get("date").asText().equals("2024-02-08"))
                .singleElement().satisfies(n -> assertThat(n.get("kind").asText()).isEqualTo("OFFICE"));

        CliRunner.Result table = cli.run("holidays", "--year", "2024");
        assertThat(table.out()).contains("10/02/2024  Thứ Bảy").contains("Năm 2024:");
    }

    @Test
    void holidaysNeedAYear() {
        CliRunner.Result r = cli.run("holidays");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--year");
    }

    @Test
    void englishIsTheSecondLanguage() {
        cli.env("DONDOC_LANG", "en").importReal();
        CliRunner.Result r = cli.env("DONDOC_LANG", "en").run("tasks", "--now", "2024-01-20", "--status", "NO_DEADLINE");
        assertThat(r.out()).contains("3 tasks as of 20/01/2024: 3 no fixed deadline.");
    }

    private static List<JsonNode> json(CliRunner.Result r) throws Exception {
        assertThat(r.err()).as("stderr").isEmpty();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : r.lines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void contactAddPrintsTheInviteLinkAndContactInviteMakesAFreshCode() {
        cli.importReal();
        cli.env("TELEGRAM_BOT_USERNAME", "@dondoc_nghean_bot");

        CliRunner.Result added = cli.run("contact", "add", "--name", "Trần Thị Bình", "--role", "STAFF", "--agency", "Sở Y tế");

        assertThat(added.status()).as(added.err()).isZero();
        String code = added.out().replaceAll("(?s).*Mã mời dùng một lần: ([A-Za-z0-9_-]{16}).*", "$1");
        assertThat(added.out()).contains("https://t.me/dondoc_nghean_bot?start=" + code);
        CliRunner.Result again = cli.run("contact", "invite", "--contact", "1", "--json");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).matches("\\{\"contact\":1,\"invite\":\"[A-Za-z0-9_-]{16}\"}\\s*").doesNotContain(code);
        CliRunner.Result missing = cli.run("contact", "invite", "--contact", "99");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("dondoc: Không có liên hệ #99");
    }
}
