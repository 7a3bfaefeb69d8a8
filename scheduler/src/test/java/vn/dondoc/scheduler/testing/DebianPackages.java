package vn.dondoc.scheduler.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A command a test needs from a Debian package (LibreOffice's soffice, poppler's pdftoppm): found on the PATH, or
 * installed with apt-get when missing (after an apt-get update if the first try fails), as the project's rule
 * says. A test that cannot get it fails; it is never skipped. Public, in the scheduler's test-jar: the console's browser test needs chromium, the register's tests PostgreSQL.
 */
public final class DebianPackages {

    private DebianPackages() {
    }

    public static synchronized Path command(String command, String debianPackage) {
        Optional<Path> found = onPath(command);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> log = new ArrayList<>();
        if (!run(log, "apt-get", "install", "-y", "--no-install-recommends", debianPackage)) {
            run(log, "apt-get", "update");
            run(log, "apt-get", "install", "-y", "--no-install-recommends", debianPackage);
        }
        return onPath(command).orElseGet(() -> fail("'" + command + "' is not installed and apt-get could not install "
                + debianPackage + ":\n" + String.join("\n", log)));
    }

    /**
     * A package that brings no command (a font): installed unless dpkg already has it; fails the test if it cannot be.
     */
    public static synchronized void ensure(String debianPackage) {
        List<String> log = new ArrayList<>();
        if (run(log, "dpkg", "-s", debianPackage)) {
            return;
        }
        if (!run(log, "apt-get", "install", "-y", "--no-install-recommends", debianPackage)) {
            run(log, "apt-get", "update");
            if (!run(log, "apt-get", "install", "-y", "--no-install-recommends", debianPackage)) {
                fail("apt-get could not install " + debianPackage + ":\n" + String.join("\n", log));
            }
        }
    }

    private static Optional<Path> onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs a command to the end (at most 20 minutes: LibreOffice is large), keeping the tail of its output. */
    public static boolean run(List<String> log, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            boolean ended = process.waitFor(20, TimeUnit.MINUTES);
            String text = new String(output, StandardCharsets.UTF_8);
            log.add("$ " + String.join(" ", command) + " → " + (ended ? process.exitValue() : "timed out"));
            log.add(text.length() > 2000 ? text.substring(text.length() - 2000) : text);
            return ended && process.exitValue() == 0;
        } catch (IOException e) {
            log.add("$ " + String.join(" ", command) + " → " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.add("$ " + String.join(" ", command) + " → interrupted");
            return false;
        }
    }
}
