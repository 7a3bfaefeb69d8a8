package vn.dondoc.bot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactException;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterUnavailableException;
import vn.dondoc.scheduler.task.TaskActionException;

/** Parses the arguments, runs one command, and turns every failure into one line and an exit status. */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private final CliEnvironment env;

    public Cli(CliEnvironment env) {
        this.env = env;
    }

    public int run(String... args) {
        Texts texts = Texts.forCode(env.setting("DONDOC_LANG", "vi"));
        for (String arg : args) {
            // Under a non-UTF-8 locale (LANG=C, as cron runs) the JVM has already turned every Vietnamese
            // letter of the arguments into U+FFFD; storing "152/Q\uFFFD\uFFFD-UBND" would corrupt the register.
            if (arg.indexOf('\uFFFD') >= 0) {
                env.err().println(texts.get("cli.error", texts.get("cli.undecodableArgument", arg)));
                return BAD_INPUT;
            }
        }
        try (CliContext context = new CliContext(env, texts)) {
            CommandLine line = new CommandLine(new RootCommand(), new CommandFactory(context));
            line.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
            line.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
            line.setCaseInsensitiveEnumValuesAllowed(true);
            vietnameseHeadings(line);
            line.setParameterExceptionHandler((ex, given) -> {
                env.err().println(texts.get("cli.error", oneLine(ex, texts)));
                return BAD_INPUT;
            });
            line.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, texts));
            return line.execute(args);
        } catch (RuntimeException e) {
            // Closing the register can fail too; still one line, never a stack trace.
            return failed(e, texts);
        }
    }

    private int failed(Exception ex, Texts texts) {
        if (ex instanceof CliException || ex instanceof ContactException || ex instanceof TaskActionException) {
            env.err().println(texts.get("cli.error", ex.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof DondocException e) {
            env.err().println(texts.get("cli.error", texts.error(e)));
            return e.kind() == DondocException.Kind.BAD_INPUT ? BAD_INPUT : FAILED;
        }
        if (ex instanceof RegisterUnavailableException) {
            env.err().println(texts.get("cli.error", ex.getMessage()));
            return FAILED;
        }
        env.err().println(texts.get("cli.unexpected", ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (env.env().containsKey("DONDOC_DEBUG")) {
            ex.printStackTrace(env.err());
        }
        return FAILED;
    }

    /** picocli says it in English over several lines; scripts and people get one Vietnamese line. */
    private static String oneLine(ParameterException ex, Texts texts) {
        String reason;
        if (ex instanceof CommandLine.MissingParameterException missing) {
            reason = texts.get("cli.missingOption", missing.getMissing().stream().map(Cli::name).collect(Collectors.joining(", ")));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            reason = texts.get("cli.unknownOption", String.join(" ", unmatched.getUnmatched()));
        } else if (ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
            reason = conversion.getMessage();
        } else {
            reason = texts.get("cli.badValue", ex.getMessage());
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^dondoc ?", "");
        return reason + " " + texts.get("cli.seeHelp", command).replace("  ", " ");
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static void vietnameseHeadings(CommandLine line) {
        line.getCommandSpec().usageMessage()
                .synopsisHeading("Cách dùng: ")
                .descriptionHeading("%n")
                .parameterListHeading("%nTham số:%n")
                .optionListHeading("%nTùy chọn:%n")
                .commandListHeading("%nLệnh:%n");
        line.getSubcommands().values().forEach(Cli::vietnameseHeadings);
    }

    /** Commands take the shared context in their constructor. */
    private record CommandFactory(CliContext context) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
