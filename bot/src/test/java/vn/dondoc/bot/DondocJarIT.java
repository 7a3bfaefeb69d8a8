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
import vn.dondoc.scheduler.importing.StreamedXlsx;

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

    @Test
    void aWorkbookOfMoreRowsThanARegisterIsRefusedInOneLineAndALargeOneImportsWithinASmallHeap() throws Exception {
        Path huge = StreamedXlsx.write(dir.resolve("qua-nhieu-dong.xlsx"), 150_000, 0);
        Path large = StreamedXlsx.write(dir.resolve("hai-muoi-nghin-dong.xlsx"), 20_000, 100);

        Run refused = dondocWithHeap("160m", "import", huge.toString(), "--source", "1/KH", "--issued", "2024-01-18");
        Run imported = dondocWithHeap("160m", "import", large.toString(), "--source", "2/KH", "--issued", "2024-01-18");

        assertThat(refused.status).as(refused.err).isEqualTo(2);
        assertThat(refused.err.lines()).singleElement().asString().startsWith("dondoc: ").contains("dòng");
        assertThat(imported.status).as(imported.err).isZero();
        assertThat(imported.out).contains("20000 nhiệm vụ");
    }

    @Test
    void killedRunsLeaveOneCopyOfSqlitesLibraryInTheTempFolderNotOneEach() throws Exception {
        Run imported = dondoc(UTF8, "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        assertThat(imported.status).as(imported.err).isZero();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        for (int i = 0; i < 2; i++) {
            Process run = javaWith(List.of("-Djava.io.tmpdir=" + tmp), "run").start();
            long deadline = System.currentTimeMillis() + 60_000;
            // The register's summary: SQLite's library is loaded by then.
            while (!Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).contains("178 nhiệm vụ")) {
                assertThat(System.currentTimeMillis()).as("run opened the register").isLessThan(deadline);
                Thread.sleep(100);
            }
            run.destroyForcibly(); // kill -9: no shutdown hook, no deleteOnExit
            run.waitFor(30, TimeUnit.SECONDS);
        }

        try (var files = Files.walk(tmp)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("sqlite") && Files.isRegularFile(f)).toList())
                    .as("one copy of the library, reused").hasSize(1);
        }
    }

    @Test
    void aTempFolderSqliteCannotUseFallsBackToTheRegistersFolderAndWhenNeitherCanItIsSaidInOneLine() throws Exception {
        Run imported = dondoc(UTF8, "import", REAL, "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        assertThat(imported.status).as(imported.err).isZero();
        // A temp folder where nothing can be unpacked (as good as mounted noexec for SQLite's library).
        Path notAFolder = Files.writeString(dir.resolve("tmp-is-a-file"), "");

        Run fallback = run(javaWith(List.of("-Djava.io.tmpdir=" + notAFolder.resolve("tmp")), "tasks", "--now", "2024-01-20"));
        Files.walk(dir.resolve(".dondoc-sqlite")).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        Files.writeString(dir.resolve(".dondoc-sqlite"), "");
        Run neither = run(javaWith(List.of("-Djava.io.tmpdir=" + notAFolder.resolve("tmp")), "tasks", "--now", "2024-01-20"));

        assertThat(fallback.status).as(fallback.err).isZero();
        assertThat(fallback.err).isEmpty();
        assertThat(fallback.out).contains("152/QĐ-UBND");
        assertThat(neither.status).isEqualTo(1);
        assertThat(neither.err.lines()).singleElement().asString().startsWith("dondoc: ")
                .contains("Không nạp được thư viện SQLite").contains("noexec");
    }

    private ProcessBuilder javaWith(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("DONDOC_"));
        builder.environment().put("DONDOC_DB", register.toString());
        builder.environment().put("LANG", UTF8);
        builder.environment().put("LC_ALL", UTF8);
        return builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    }

    private Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dondoc did not finish");
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Run dondocWithHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("DONDOC_DB", register.toString());
        builder.environment().put("LANG", UTF8);
        builder.environment().put("LC_ALL", UTF8);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dondoc " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
