package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.cli.Cli;
import vn.dondoc.bot.cli.CliEnvironment;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * The office imports a register by sending the file to the bot, from an empty register: the real 152/QĐ-UBND appendix
 * as .tsv and as .xlsx, through the real telegrambots client (getFile and the download) against the fake Bot API.
 * Nothing is written before Nhập; what the register holds is read back with {@code tasks --json}.
 */
class OfficeImportConversationTests {

    static final long OFFICE = 2001;
    static final String REAL_NAME = "152-QD-UBND-2024-phu-luc-01.tsv";
    static final String CAPTION = "152/QĐ-UBND 18/01/2024";

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = BotHarness.empty(dir);
        telegram = harness.telegram;
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void theOfficeSendsTheRealAppendixSeesTheDryRunPreviewAndPressesNhapToImportIts178Tasks() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));

        telegram.userSendsDocument(OFFICE, file, REAL_NAME, CAPTION);

        FakeBotApi.Call preview = telegram.await(c -> c.method().equals("sendmessage") && !c.buttons().isEmpty()
                && Long.valueOf(OFFICE).equals(c.chatId()), "the preview with its buttons");
        assertThat(telegram.downloads(file)).isEqualTo(1);
        assertThat(preview.buttons()).hasSize(2).allMatch(b -> b.startsWith("imp:"));
        assertThat(preview.json().toString()).contains("Nhập").contains("Hủy");
        // The same words as import --dry-run on the command line, the file named as its sender named it.
        String previewText = plain(telegram.sentTo(OFFICE).stream().map(FakeBotApi.Call::text).collect(Collectors.joining("\n")));
        assertThat(previewText).startsWith(cliDryRun().strip());
        assertThat(previewText).contains("178 nhiệm vụ trong 11 nhóm: 178 mới, 0 cập nhật, 0 không đổi.");
        assertThat(taskIds()).as("nothing is written before Nhập").isEmpty();

        telegram.presses(OFFICE, preview, preview.buttons().get(0));

        telegram.awaitEdit(OFFICE, t -> t.contains("Đã nhập tệp «" + REAL_NAME + "»"));
        telegram.awaitMessageContaining(OFFICE, "Đã nhập 152/QĐ-UBND (ban hành 18/01/2024, năm kế hoạch 2024) từ " + REAL_NAME);
        assertThat(taskIds()).hasSize(178);
        assertThat(waitingFiles()).as("the sent file is deleted once imported").isEmpty();
        // The first task's id: 1 on SQLite; on PostgreSQL the preview's rolled-back inserts have used up ids already.
        long first = taskIds().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(harness.history.of(first)).first().extracting(vn.dondoc.scheduler.task.HistoryEntry::actor)
                .as("who pressed Nhập, and the file").isEqualTo("Văn phòng UBND tỉnh (" + REAL_NAME + ")");
    }

    @Test
    void anXlsxWorkbookOfTheAppendixImportsTheSame178Tasks() throws Exception {
        String file = telegram.putFile(workbookOf(BotHarness.REAL));

        telegram.userSendsDocument(OFFICE, file, "152-QD-UBND-2024-phu-luc-01.xlsx", CAPTION);

        FakeBotApi.Call preview = awaitPreview();
        assertThat(preview.text()).contains("178 mới");
        telegram.presses(OFFICE, preview, "imp:y:" + key(preview));
        telegram.awaitMessageContaining(OFFICE, "Đã nhập 152/QĐ-UBND");
        assertThat(taskIds()).hasSize(178);
    }

    @Test
    void aCsvOfTheAppendixSentAndConfirmedWithNhapImportsThe178Tasks() throws Exception {
        String file = telegram.putFile(csvOf(BotHarness.REAL));

        telegram.userSendsDocument(OFFICE, file, "152-QD-UBND-2024-phu-luc-01.csv", CAPTION);

        FakeBotApi.Call preview = awaitPreview();
        assertThat(preview.text()).contains("178 nhiệm vụ trong 11 nhóm: 178 mới");
        assertThat(taskIds()).isEmpty();
        telegram.presses(OFFICE, preview, "imp:y:" + key(preview));
        telegram.awaitMessageContaining(OFFICE, "Đã nhập 152/QĐ-UBND");
        assertThat(taskIds()).hasSize(178);
    }

    @Test
    void pressingHuyWritesNothingAndTheButtonsThenDoNothing() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));
        telegram.userSendsDocument(OFFICE, file, REAL_NAME, CAPTION);
        FakeBotApi.Call preview = awaitPreview();
        assertThat(waitingFiles()).hasSize(1);

        telegram.presses(OFFICE, preview, "imp:n:" + key(preview));

        telegram.awaitEdit(OFFICE, t -> t.contains("Đã hủy") && t.contains("sổ không thay đổi"));
        assertThat(waitingFiles()).isEmpty();
        telegram.presses(OFFICE, preview, "imp:y:" + key(preview));
        telegram.awaitEdit(OFFICE, t -> t.contains("không còn hiệu lực"));
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aPreviewLeftThirtyMinutesIsForgottenAndItsNhapWritesNothing() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));
        telegram.userSendsDocument(OFFICE, file, REAL_NAME, CAPTION);
        FakeBotApi.Call preview = awaitPreview();

        harness.clock.advance(PendingImports.WAIT.plusSeconds(1));
        telegram.presses(OFFICE, preview, "imp:y:" + key(preview));

        telegram.awaitEdit(OFFICE, t -> t.contains("không còn hiệu lực"));
        assertThat(taskIds()).isEmpty();
        assertThat(waitingFiles()).isEmpty();
    }

    @Test
    void aCaptionWithoutADateIsAskedForAndTheAnswerBringsThePreview() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));

        telegram.userSendsDocument(OFFICE, file, REAL_NAME, "152/QĐ-UBND");

        FakeBotApi.Call question = telegram.awaitMessageContaining(OFFICE, "còn thiếu ngày ban hành");
        assertThat(question.forceReply()).isTrue();
        assertThat(question.text()).startsWith("Văn bản của tệp #");
        telegram.userReplies(OFFICE, question, "18/01/2024");

        FakeBotApi.Call preview = awaitPreview();
        assertThat(preview.text()).contains("152/QĐ-UBND (ban hành 18/01/2024");
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aFileWithoutCaptionIsAskedBothAndAPlainAnswerWithoutReplyIsTakenToo() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));

        telegram.userSendsDocument(OFFICE, file, REAL_NAME, null);

        telegram.awaitMessageContaining(OFFICE, "còn thiếu số hiệu và ngày ban hành");
        telegram.userSays(OFFICE, "Số 152/QĐ-UBND ngày 18/01/2024");
        FakeBotApi.Call preview = awaitPreview();
        telegram.presses(OFFICE, preview, "imp:y:" + key(preview));
        telegram.awaitMessageContaining(OFFICE, "Đã nhập 152/QĐ-UBND");
        assertThat(taskIds()).hasSize(178);
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedInOneLineAndNothingWaits() throws Exception {
        String file = telegram.putFile("Ghi chú họp giao ban: mời các sở dự họp lúc 8 giờ.\n".getBytes(StandardCharsets.UTF_8));

        telegram.userSendsDocument(OFFICE, file, "ghi-chu.txt", CAPTION);

        FakeBotApi.Call refused = telegram.awaitMessageContaining(OFFICE, "Không nhập được «ghi-chu.txt»");
        assertThat(refused.text()).doesNotContain("\n").endsWith("Sổ không thay đổi.");
        assertThat(refused.buttons()).isEmpty();
        assertThat(waitingFiles()).isEmpty();
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void anIndicatorTableIsToldApartInOneLine() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(Path.of("../examples/152-QD-UBND-2024-phu-luc-03.tsv")));

        telegram.userSendsDocument(OFFICE, file, "152-QD-UBND-2024-phu-luc-03.tsv", CAPTION);

        FakeBotApi.Call refused = telegram.awaitMessageContaining(OFFICE, "là bảng chỉ tiêu, không phải bảng nhiệm vụ");
        assertThat(refused.text()).doesNotContain("\n");
        assertThat(waitingFiles()).isEmpty();
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aPhotoOrAWordDocIsRefusedWithoutDownloadingIt() {
        String photo = telegram.putFile(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        String doc = telegram.putFile(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        telegram.userSendsPhoto(OFFICE, photo, CAPTION);
        telegram.userSendsDocument(OFFICE, doc, "152-QD-UBND.doc", CAPTION);

        telegram.awaitMessageContaining(OFFICE, "«ảnh» không phải bảng nhiệm vụ");
        telegram.awaitMessageContaining(OFFICE, "«152-QD-UBND.doc» không phải bảng nhiệm vụ");
        telegram.awaitAllHandled();
        assertThat(telegram.calls()).noneMatch(c -> c.method().equals("getfile"));
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aPdfIsReadAsANoticeAndOneThatCannotBeOpenedIsRefusedInOneLine() throws Exception {
        String pdf = telegram.putFile("%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        telegram.userSendsDocument(OFFICE, pdf, "152-QD-UBND.pdf", CAPTION);

        telegram.awaitMessageContaining(OFFICE, "Không nhập được «152-QD-UBND.pdf»: Không mở được thông báo");
        telegram.awaitAllHandled();
        assertThat(waitingFiles()).isEmpty();
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aFileOver20MbIsRefusedBeforeItIsDownloaded() {
        String file = telegram.putFile(new byte[] {1, 2, 3});

        telegram.userSendsDocument(OFFICE, file, "so-nhiem-vu-2024.xlsx", 25L * 1024 * 1024, CAPTION);

        FakeBotApi.Call refused = telegram.awaitMessageContaining(OFFICE, "nặng 25 MB, quá 20 MB");
        assertThat(refused.text()).doesNotContain("\n");
        telegram.awaitAllHandled();
        assertThat(telegram.calls()).noneMatch(c -> c.method().equals("getfile"));
        assertThat(telegram.downloads(file)).isZero();
        assertThat(taskIds()).isEmpty();
    }

    @Test
    void aStrangersFileIsRefusedInOneLineAndNotDownloaded() throws Exception {
        String file = telegram.putFile(Files.readAllBytes(BotHarness.REAL));

        telegram.userSendsDocument(9999, file, REAL_NAME, CAPTION);

        FakeBotApi.Call refused = telegram.awaitMessageContaining(9999, "chưa liên kết với dondoc nên tôi không nhận tệp");
        assertThat(refused.text()).doesNotContain("\n");
        telegram.awaitAllHandled();
        assertThat(telegram.downloads(file)).isZero();
        assertThat(taskIds()).isEmpty();
    }

    // ---- helpers ----

    private FakeBotApi.Call awaitPreview() {
        return telegram.await(c -> c.method().equals("sendmessage") && Long.valueOf(OFFICE).equals(c.chatId())
                && c.buttons().stream().anyMatch(b -> b.startsWith("imp:y:")), "the preview with Nhập / Hủy");
    }

    private static String key(FakeBotApi.Call preview) {
        return preview.buttons().get(0).substring("imp:y:".length());
    }

    private List<Path> waitingFiles() throws IOException {
        if (!Files.exists(harness.pendingImports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(harness.pendingImports)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** The task numbers {@code tasks --json} lists (one line per milestone). */
    private List<Long> taskIds() {
        ObjectMapper json = new ObjectMapper();
        return cli(dir.resolve("register.db"), "tasks", "--json", "--now", "2024-03-25").lines().map(line -> {
            try {
                return json.readTree(line).get("task").asLong();
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).distinct().toList();
    }

    /** What {@code import --dry-run} prints for the real appendix, on a register of its own. */
    private String cliDryRun() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("cli")).resolve(REAL_NAME);
        Files.copy(BotHarness.REAL, copy);
        return cli(dir.resolve("cli/register.db"), "import", copy.toString(), "--source", "152/QĐ-UBND",
                "--issued", "18/01/2024", "--dry-run");
    }

    private String cli(Path register, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(vn.dondoc.scheduler.testing.TestRegisters.environment(register),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), harness.clock);
        assertThat(new Cli(env).run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the Telegram app shows of an HTML message. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** The .tsv as a comma-separated file, every cell quoted (titles hold commas and quotes). */
    static byte[] csvOf(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .map(line -> Stream.of(line.split("\t", -1)).map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** The .tsv as an .xlsx workbook of one sheet, cell for cell, as an office would save it from Excel. */
    static byte[] workbookOf(Path tsv) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Phụ lục I");
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split("\t", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
