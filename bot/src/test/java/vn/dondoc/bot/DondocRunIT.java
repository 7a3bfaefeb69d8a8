package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;

/**
 * {@code java -jar dondoc.jar run} as an office would start it, with the fake Bot API standing in
 * for Telegram: a new contact links by invite and asks for its tasks.
 */
class DondocRunIT {

    static final Path JAR = Path.of(System.getProperty("dondoc.jar", "target/dondoc.jar"));
    static final String REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv").toAbsolutePath().toString();
    static final long CHAT = 5_550_001;

    @TempDir
    Path dir;
    Path register;
    FakeBotApi telegram;
    Process run;

    @BeforeEach
    void setUp() throws Exception {
        register = dir.resolve("dondoc.db");
        telegram = new FakeBotApi();
        assertThat(dondoc("import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18").waitFor()).isZero();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (run != null && run.isAlive()) {
            run.destroyForcibly();
        }
        telegram.close();
    }

    @Test
    void linksAContactByInviteAndAnswersTasksAndNeverLogsTheToken() throws Exception {
        Process add = dondoc("contact", "add", "--name", "Nguyễn Văn An", "--role", "STAFF", "--agency", "Sở Y tế", "--json");
        assertThat(add.waitFor()).isZero();
        String code = new ObjectMapper().readTree(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8))
                .get("invite").asText();

        run = dondoc("run");
        awaitLog("đang nhận tin nhắn");

        long linkStarted = System.nanoTime();
        telegram.userSays(CHAT, "/start " + code);
        telegram.awaitMessageContaining(CHAT, "Đã liên kết chat này với Nguyễn Văn An");
        long linkMillis = (System.nanoTime() - linkStarted) / 1_000_000;
        long tasksStarted = System.nanoTime();
        telegram.userSays(CHAT, "/nhiemvu");
        FakeBotApi.Call tasks = telegram.awaitMessageContaining(CHAT, "Nhiệm vụ đang thực hiện");
        long tasksMillis = (System.nanoTime() - tasksStarted) / 1_000_000;
        // Printed for the record (how long a person waits); the speed is not asserted here.
        System.out.printf("run: /start answered in %d ms, /nhiemvu in %d ms%n", linkMillis, tasksMillis);

        assertThat(tasks.text()).contains("Sở Y tế");
        run.destroy();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM, its threads included").isTrue();
        String log = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(log).contains("Bot @" + FakeBotApi.BOT_NAME)
                .doesNotContain(FakeBotApi.TOKEN)
                .doesNotContain(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1));
    }

    @Test
    void obeysSigtermWithinTenSecondsWhenTheApiAcceptsCallsAndNeverAnswers() throws Exception {
        telegram.silent(true);
        run = dondoc("run");
        long deadline = System.currentTimeMillis() + 60_000;
        while (telegram.unanswered() == 0) {
            assertThat(run.isAlive()).as("run waits on Telegram").isTrue();
            assertThat(System.currentTimeMillis()).as("run called Telegram").isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(1_000);

        long stopping = System.nanoTime();
        run.destroy();
        boolean stopped = run.waitFor(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - stopping) / 1_000_000;
        System.out.printf("run: stopped %d ms after SIGTERM while Telegram did not answer%n", millis);

        assertThat(stopped).as("stopped within 10 s of SIGTERM").isTrue();
    }

    @Test
    void obeysSigtermWithinTenSecondsWhileLongPolling() throws Exception {
        run = dondoc("run");
        awaitLog("đang nhận tin nhắn");
        Thread.sleep(1_000);

        long stopping = System.nanoTime();
        run.destroy();
        boolean stopped = run.waitFor(10, TimeUnit.SECONDS);
        System.out.printf("run: stopped %d ms after SIGTERM while polling%n", (System.nanoTime() - stopping) / 1_000_000);

        assertThat(stopped).as("stopped within 10 s of SIGTERM").isTrue();
    }

    @Test
    void aSecondRunOnTheSameRegisterThroughALinkRefusesToPollInOneLine() throws Exception {
        run = dondoc("run");
        awaitLog("đang nhận tin nhắn");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-register.db"), register);

        ProcessBuilder builder = JarProcesses.dondoc(dir, Map.of("DONDOC_DB", link.toString(),
                "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", telegram.url()), "run");
        Process second = builder.redirectOutput(dir.resolve("second.out").toFile()).redirectError(dir.resolve("second.err").toFile())
                .start();
        boolean ended = second.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            second.destroyForcibly();
        }
        String err = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);

        assertThat(ended).as("the second run ends by itself").isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        assertThat(err.lines()).as(err).singleElement().asString().startsWith("dondoc: ")
                .contains("Một dondoc run khác đang chạy trên sổ");
        assertThat(run.isAlive()).as("the first run goes on").isTrue();
        telegram.userSays(CHAT, "/trogiup");
        telegram.awaitMessage(CHAT, text -> true);
    }

    @Test
    void withoutATokenSaysNothingGoesToTelegram() throws Exception {
        run = dondoc(Map.of(), "run");

        awaitLog("Không có TELEGRAM_BOT_TOKEN");
        String err = awaitLog("178 nhiệm vụ, 33 cơ quan");

        assertThat(err).contains("không gửi gì lên Telegram");
        assertThat(telegram.calls()).isEmpty();
    }

    private String awaitLog(String part) throws Exception {
        return JarProcesses.awaitLog(dir.resolve("err.txt"), run, part, java.time.Duration.ofSeconds(60));
    }

    private Process dondoc(String... args) throws IOException {
        return dondoc(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", telegram.url()), args);
    }

    private Process dondoc(Map<String, String> telegramEnv, String... args) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(telegramEnv);
        env.put("DONDOC_DB", register.toString());
        return JarProcesses.dondoc(dir, env, args).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }
}
