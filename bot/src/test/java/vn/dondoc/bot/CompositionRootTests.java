package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.bot.cli.CliEnvironment;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterSettings;

/** The command line and run share one configuration; only run receives updates and schedules passes. */
class CompositionRootTests {

    @TempDir
    Path dir;

    @Test
    void aCommandOtherThanRunStartsNeitherThePollerNorQuartzAndOpensNoRegisterUntilAsked() {
        Path file = dir.resolve("dondoc.db");
        try (ConfigurableApplicationContext context = new ApplicationStarter(environment(file)).forCommand()) {
            assertThat(context.getBeanNamesForType(org.quartz.Scheduler.class)).isEmpty();
            assertThat(context.getBeanNamesForType(org.quartz.Trigger.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TelegramLink.class)).isEmpty();
            assertThat(context.getBean(RegisterSettings.class).path()).isEqualTo(file);
            assertThat(Files.exists(file)).isFalse();
        }
    }

    private static CliEnvironment environment(Path register) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new CliEnvironment(Map.of("DONDOC_DB", register.toString()), new ByteArrayInputStream(new byte[0]), sink, sink,
                Clock.system(OfficeZone.ID));
    }
}
