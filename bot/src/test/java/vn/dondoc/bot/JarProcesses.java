package vn.dondoc.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar started as an office starts it, for the ITs: {@code java -jar dondoc.jar …} as a process of its own,
 * with no shell in between (so {@link Process#destroyForcibly()} is a SIGKILL to dondoc itself), none of this JVM's
 * TELEGRAM_ and DONDOC_ variables, a UTF-8 locale and any free port for the console.
 */
final class JarProcesses {

    private JarProcesses() {
    }

    /** A process builder for {@code dondoc args} in {@code dir} with {@code env} added; the caller redirects its output. */
    static ProcessBuilder dondoc(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", DondocJarIT.JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("DONDOC_"));
        environment.put("DONDOC_WEB_PORT", "0"); // run also serves the console: any free port
        environment.put("LANG", "C.UTF-8");
        environment.put("LC_ALL", "C.UTF-8");
        environment.putAll(env);
        return builder;
    }

    /** Started, its output in {@code dir}/{@code name}.out and .err. */
    static Process start(Path dir, String name, Map<String, String> env, String... args) throws IOException {
        return dondoc(dir, env, args).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    /** Waits for {@code part} in {@code log} (the process's stderr, say) and returns the log; fails if the process ends first. */
    static String awaitLog(Path log, Process process, String part, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains(part)) {
                return text;
            }
            if (process != null && !process.isAlive()) {
                throw new AssertionError("dondoc stopped:\n" + text);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no \"" + part + "\" in the log:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
