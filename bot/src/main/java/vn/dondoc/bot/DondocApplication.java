package vn.dondoc.bot;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Profile;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactSettings;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterSettings;
import vn.dondoc.scheduler.register.RegisterSummary;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderSettings;

/**
 * The one composition root of dondoc. Every command of the command line and {@code run} get their
 * collaborators from here: the components found under {@code vn.dondoc} (the scheduler's use cases and
 * passes, the bot's commands), the feature configurations ({@code telegram/TelegramConfiguration},
 * {@code sending/SendingConfiguration}, {@code scheduler/schedule/ScheduleConfiguration}), and the settings
 * records bound from application.yml. What only {@code run} needs (the poller, Quartz's triggers) is in the
 * {@value #RUN} profile; the other commands start the context lazily and without auto-configuration
 * ({@link ApplicationStarter}), so they build only what they use.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("vn.dondoc")
@ConfigurationPropertiesScan("vn.dondoc")
public class DondocApplication {

    /** The profile of {@code dondoc run}: receiving updates and the scheduled passes. */
    public static final String RUN = "run";

    private static final Logger log = LoggerFactory.getLogger(DondocApplication.class);

    /** The office clock; a test or the command line registers its own before the context starts. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return OfficeZone.systemClock();
    }

    /** Settings are checked when any command starts, even one that does not use them: a bad value is refused once, the same way. */
    @Bean
    static LazyInitializationExcludeFilter settingsAreCheckedAtStart() {
        return (name, definition, type) -> type.isAnnotationPresent(ConfigurationProperties.class);
    }

    /** Opened on first use: a command that only computes (deadline) or refuses never creates a register file. */
    @Bean(destroyMethod = "close")
    RegisterDatabase registerDatabase(RegisterSettings settings) {
        return RegisterDatabase.onFirstUse(settings);
    }

    @Bean
    Texts texts(LanguageSettings settings) {
        return Texts.forCode(settings.lang());
    }

    @Bean
    ReminderPolicy reminderPolicy(ReminderSettings settings) {
        return settings.policy();
    }

    @Bean
    ContactRegister contactRegister(RegisterDatabase db, Clock clock, ContactSettings settings) {
        return new ContactRegister(db, clock, settings.inviteValidity());
    }

    @Bean
    @Profile(RUN)
    ApplicationRunner registerCheck(RegisterSummary register, RegisterSettings settings) {
        return args -> {
            RegisterSummary.Counts counts = register.counts();
            log.info("Sổ nhiệm vụ {}: {} nhiệm vụ, {} cơ quan, {} liên hệ.", settings.path().toAbsolutePath().normalize(),
                    counts.tasks(), counts.agencies(), counts.contacts());
        };
    }
}
