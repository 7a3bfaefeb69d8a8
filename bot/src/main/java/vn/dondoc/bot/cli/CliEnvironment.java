package vn.dondoc.bot.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import vn.dondoc.scheduler.register.OfficeZone;

/** What a command may touch of the world: settings, standard streams, the time. Tests pass their own. */
public record CliEnvironment(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, Clock clock) {

    /**
     * The real process. Output is UTF-8 whatever the locale: under a POSIX locale Java 17 would turn
     * every Vietnamese letter into '?'.
     */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), new FileInputStream(FileDescriptor.in),
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                OfficeZone.systemClock());
    }
}
