package vn.dondoc.bot;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.dondoc.bot.cli.CliEnvironment;

/**
 * Starts {@link DondocApplication} in one of its two shapes: for a command of the command line (lazy,
 * without auto-configuration, so nothing is built that the command does not use and neither the poller,
 * Quartz nor the web server ever starts), or as {@code run}, the only one that opens a port. Both read the settings of the given environment through
 * application.yml, and take its clock.
 */
public final class ApplicationStarter {

    private final CliEnvironment env;
    private final StandardEnvironment environment;

    public ApplicationStarter(CliEnvironment env) {
        this.env = env;
        this.environment = new StandardEnvironment();
        // The variables a test or a script gives, in place of the process's own.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<String, Object>(env.env())));
    }

    /** The context a command other than {@code run} gets its collaborators from. */
    public ConfigurableApplicationContext forCommand() {
        return builder()
                .lazyInitialization(true)
                .properties(Map.of("spring.boot.enableautoconfiguration", "false", "spring.main.keep-alive", "false"))
                .initializers(context -> context.getBeanFactory().registerSingleton("cliEnvironment", env))
                .run();
    }

    /** {@code dondoc run}: the bot, the scheduled passes and the web console (DONDOC_WEB_PORT); returns once started. */
    public ConfigurableApplicationContext run() {
        return builder().profiles(DondocApplication.RUN).web(WebApplicationType.SERVLET).run();
    }

    /**
     * A setting as application.yml resolves it, once a start has loaded it (even a start that failed on
     * a bad value); null before.
     */
    public String setting(String name) {
        return environment.getProperty(name);
    }

    private SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DondocApplication.class)
                .environment(environment)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", env.clock()));
    }
}
