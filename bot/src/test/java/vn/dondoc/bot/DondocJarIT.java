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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a script runs it: separate process, POSIX locale, only the environment. */
class DondocJarIT {

    static final Path JAR = Path.of(System.getProperty("dondoc.jar", "target/dondoc.jar"));
    static final String REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv").toAbsolutePath().toString();

    @TempDir
    Path dir;
    Path register;

    @BeforeEach
    void setUp() {
        register = dir.resolve("dondoc.db");
    }

    @Test
    void importsTwiceAndListsEveryMilestoneAsJsonWithNothingElseOnStdout() throws Exception {
        Run first = dondoc(UTF8, "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        Run second = dondoc(UTF8, "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        // Read back under a POSIX locale: what dondoc writes is UTF-8 whatever the locale.
        Run tasks = dondoc(POSIX, "tasks", "--json", "--now", "2024-01-20");

        assertThat(first.status).as(first.err).isZero();
        assertThat(second.out).contains("178 không đổi");
        assertThat(tasks.status).isZero();
        assertThat(tasks.err).as("logs stay off stdout and quiet").isEmpty();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = tasks.out.lines().toList();
        assertThat(lines).hasSize(182);
        for (String line : lines) {
            assertThat(json.readTree(line).get("status").asText()).isIn("OPEN_ON_TIME", "NO_DEADLINE");
        }
        assertThat(lines.get(0)).contains("\"source\":\"152/QĐ-UBND\"");
    }

    @Test
    void refusesAFileThatIsNotARegisterWithStatusTwoAndOneLine() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "không phải sổ\n");

        Run run = dondoc(POSIX, "import", notes.toString(), "--source", "1/TB", "--issued", "2024-01-18");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err.lines()).singleElement().asString().startsWith("dondoc: ");
        assertThat(Files.exists(register)).isFalse();
    }

    @Test
    void refusesVietnameseArgumentsThatAPosixLocaleHasAlreadyGarbled() throws Exception {
        Run run = dondoc(POSIX, "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err.lines()).singleElement().asString().contains("LANG=C.UTF-8");
        assertThat(Files.exists(register)).isFalse();
    }

    static final String POSIX = "C";
    static final String UTF8 = "C.UTF-8";

    private Run dondoc(String locale, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("DONDOC_DB", register.toString());
        // Under a POSIX locale Java 17 would write '?' for every Vietnamese letter unless dondoc insists on UTF-8.
        env.put("LANG", locale);
        env.put("LC_ALL", locale);
        env.remove("TELEGRAM_BOT_TOKEN");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A guard against a hang, not a speed test.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dondoc " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
