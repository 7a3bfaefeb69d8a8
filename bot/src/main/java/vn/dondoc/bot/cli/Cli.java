package vn.dondoc.bot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import vn.dondoc.bot.ApplicationStarter;
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
        ApplicationStarter starter = new ApplicationStarter(env);
        ConfigurableApplicationContext application;
        try {
            application = starter.forCommand();
        } catch (RuntimeException e) {
            // A bad setting: said in the configured language, once, whatever the command.
            return failed(e, Texts.forCode(starter.setting("dondoc.lang")));
        }
        Texts texts = application.getBean(Texts.class);
        try (application) {
            return run(application, texts, args);
        } catch (RuntimeException e) {
            // Closing the register can fail too; still one line, never a stack trace.
            return failed(e, texts);
        }
    }

    private int run(ConfigurableApplicationContext application, Texts texts, String... args) {
        for (String arg : args) {
            // Under a non-UTF-8 locale (LANG=C, as cron runs) the JVM has already turned every Vietnamese
            // letter of the arguments into U+FFFD; storing "152/Q\uFFFD\uFFFD-UBND" would corrupt the register.
            if (arg.indexOf('\uFFFD') >= 0) {
                env.err().println(texts.get("cli.error", texts.get("cli.undecodableArgument", arg)));
                return BAD_INPUT;
            }
        }
        {
            CommandLine line = new CommandLine(RootCommand.class, new CommandFactory(application.getAutowireCapableBeanFactory()));
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
        }
    }

    private int failed(Exception ex, Texts texts) {
        DondocException coded = coded(ex);
        if (coded != null) {
            env.err().println(texts.get("cli.error", texts.error(coded)));
            return coded.kind() == DondocException.Kind.BAD_INPUT ? BAD_INPUT : FAILED;
        }
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

    /** The coded error behind a failure, however deep Spring wrapped it (a setting refused while binding). */
    private DondocException coded(Throwable ex) {
        BindException bind = null;
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DondocException d) {
                return d;
            }
            if (t instanceof BindException b && bind == null) {
                bind = b;
            }
        }
        return bind == null ? null : SettingsFailure.of(bind, env.env());
    }

    /** picocli says it in English over several lines; scripts and people get one Vietnamese line. */
    private static String oneLine(ParameterException ex, Texts texts) {
        String reason;
        if (ex instanceof CommandLine.MissingParameterException missing) {
            reason = texts.get("cli.missingOption", missing.getMissing().stream().map(Cli::name).collect(Collectors.joining(", ")));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            reason = texts.get("cli.unknownOption", String.join(" ", unmatched.getUnmatched()));
        } else if (ex.getCause() instanceof CommandLine.TypeConversionException ours && ex.getArgSpec() != null
                && ex.getArgSpec().converters().length > 0) {
            // Our converters already say it in DONDOC_LANG.
            reason = ours.getMessage();
        } else if (ex.getArgSpec() != null && isNumber(ex.getArgSpec().type()) && ex.getValue() != null) {
            // picocli's own "'12ab' is not a long".
            reason = texts.get("cli.notANumber", ex.getValue(), name(ex.getArgSpec()));
        } else if (ex.getArgSpec() != null && ex.getArgSpec().type().isEnum() && ex.getValue() != null) {
            // picocli's own "expected one of [...] (case-insensitive) but was ...".
            reason = texts.get("cli.notAChoice", ex.getValue(), name(ex.getArgSpec()),
                    java.util.Arrays.stream(ex.getArgSpec().type().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        } else if (ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
            reason = conversion.getMessage();
        } else if (ex.getClass() == ParameterException.class) {
            // Thrown by our own commands with a sentence from the texts (a missing command).
            reason = ex.getMessage();
        } else {
            reason = texts.get("cli.badValue", ex.getMessage());
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^dondoc ?", "");
        return reason + " " + texts.get("cli.seeHelp", command).replace("  ", " ");
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class
                || type == double.class || type == float.class;
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

    /**
     * Commands get their collaborators from the application's configuration through their constructor;
     * picocli creates only the command that runs, so only its collaborators are built.
     */
    private record CommandFactory(AutowireCapableBeanFactory beans) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            boolean injected = java.util.Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() > 0);
            return injected ? beans.createBean(type) : CommandLine.defaultFactory().create(type);
        }
    }
}
