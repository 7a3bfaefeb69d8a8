package vn.dondoc.bot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.dondoc.scheduler.register.OfficeZone;

/**
 * Runs the command line in-process against a register in a temporary folder, with a fixed clock. Public for the
 * console's browser tests, which check what a page changed with {@code tasks --json}, as the office would.
 */
public final class CliRunner {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");

    private final Path register;
    private final Map<String, String> env = new HashMap<>();
    private Clock clock = Clock.fixed(Instant.parse("2024-01-20T01:00:00Z"), OfficeZone.ID);

    /**
     * DONDOC_DB (and its user and password) name the register at {@code register}, SQLite or PostgreSQL by the run
     * (see TestRegisters), unless {@link #env} sets them.
     */
    public CliRunner(Path register) {
        this.register = register;
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> variables = new HashMap<>(vn.dondoc.scheduler.testing.TestRegisters.environment(register));
        variables.putAll(env);
        CliEnvironment environment = new CliEnvironment(Map.copyOf(variables),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), clock);
        int status = new Cli(environment).run(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result importReal() {
        return run("import", REAL.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
    }

    public record Result(int status, String out, String err) {

        public java.util.List<String> lines() {
            return out.lines().toList();
        }
    }
}
