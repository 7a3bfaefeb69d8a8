package vn.dondoc.bot;

import java.io.PrintStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.quartz.JobDetail;
import org.quartz.Trigger;
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
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import vn.dondoc.bot.command.BotDispatcher;
import vn.dondoc.bot.command.BotServices;
import vn.dondoc.bot.delivery.ConsoleReminderChannel;
import vn.dondoc.bot.delivery.OfficeAlerts;
import vn.dondoc.bot.delivery.ReminderJob;
import vn.dondoc.bot.delivery.TelegramReminderChannel;
import vn.dondoc.bot.delivery.Pacer;
import vn.dondoc.bot.delivery.PacingSettings;
import vn.dondoc.bot.delivery.RetrySettings;
import vn.dondoc.bot.delivery.SendAttempts;
import vn.dondoc.bot.delivery.Ticker;
import vn.dondoc.bot.digest.DigestJob;
import vn.dondoc.bot.digest.TelegramDigestChannel;
import vn.dondoc.bot.schedule.Passes;
import vn.dondoc.bot.schedule.ScheduleConfiguration;
import vn.dondoc.bot.schedule.WorkingHours;
import vn.dondoc.bot.telegram.ConsoleOutbox;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.bot.delivery.SendingSettings;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactSettings;
import vn.dondoc.scheduler.digest.DigestSettings;
import vn.dondoc.scheduler.register.RegisterSettings;
import vn.dondoc.scheduler.reminder.ReminderSettings;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.reminder.MuteActions;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.TaskActions;

/**
 * The one composition root of dondoc: every command of the command line and {@code run} get their
 * collaborators from this configuration and their settings from application.yml. What only {@code run}
 * needs (the poller, Quartz's triggers) is in the {@value #RUN} profile; the other commands start the
 * context lazily, without auto-configuration, so that they build only what they use
 * ({@link ApplicationStarter}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("vn.dondoc")
@ConfigurationPropertiesScan("vn.dondoc")
public class DondocApplication {

    /** The profile of {@code dondoc run}: receiving updates and the scheduled passes. */
    public static final String RUN = "run";

    private static final Logger log = LoggerFactory.getLogger(DondocApplication.class);

    /** The office clock; a test registers its own before the context starts. */
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

    /** Opened on first use: a command that only computes (deadline) never creates a register file. */
    @Bean(destroyMethod = "close")
    @Lazy
    RegisterDatabase registerDatabase(RegisterSettings settings) {
        return RegisterDatabase.open(settings.path());
    }

    @Bean
    Texts texts(LanguageSettings settings) {
        return Texts.forCode(settings.lang());
    }

    @Bean
    ContactRegister contactRegister(RegisterDatabase db, Clock clock, ContactSettings settings) {
        return new ContactRegister(db, clock, settings.inviteValidity());
    }

    /** Null without a token: then nothing is received and everything is printed. */
    @Bean
    TelegramConnection telegramConnection(TelegramSettings settings) {
        return new TelegramConnection(settings.hasToken() ? new TelegramBot(settings) : null);
    }

    @Bean
    Outbox outbox(TelegramConnection connection) {
        return connection.bot() != null ? connection.bot().outbox() : new ConsoleOutbox(stdout());
    }

    @Bean
    DigestBuilder digestBuilder(RegisterDatabase db, Clock clock) {
        return new DigestBuilder(db, clock);
    }

    @Bean
    BotDispatcher botDispatcher(TaskActions tasks, ExtensionActions extensions, ContactActions contacts, MuteActions mutes,
                                DigestBuilder digests, Texts texts, Clock clock, Outbox outbox, TelegramConnection connection,
                                TelegramSettings settings) {
        return BotDispatcher.create(new BotServices(tasks, extensions, contacts, mutes, digests, texts, clock, outbox,
                () -> connection.bot() != null ? connection.bot().username() : settings.username()));
    }

    @Bean
    @Profile(RUN)
    TelegramLink telegramLink(TelegramConnection connection, BotDispatcher dispatcher, org.quartz.Scheduler jobs) {
        return new TelegramLink(connection.bot(), dispatcher, jobs);
    }

    @Bean
    WorkingHours workingHours(RegisterDatabase db, ReminderSettings settings, Clock clock) {
        OfficeDays days = new OfficeDays(db);
        return new WorkingHours(days::calendar, settings.sendAt(), settings.workdayEnd(), clock.getZone());
    }

    /** One pacer for everything dondoc sends on its own, so reminders and the digest share Telegram's limits. */
    @Bean
    SendAttempts sendAttempts(SendingSettings settings) {
        Ticker ticker = Ticker.system();
        return new SendAttempts(new Pacer(settings.pacing(), ticker), RetrySettings.defaults(), ticker);
    }

    /**
     * Without a token both passes print what they would send and record nothing, so that nothing is
     * counted as delivered that never reached Telegram.
     */
    @Bean
    Passes passes(RegisterDatabase db, Clock clock, ReminderSettings settings, Texts texts, TelegramConnection connection,
                  Outbox outbox, SendAttempts attempts, ContactRegister contacts) {
        boolean print = connection.bot() == null;
        ReminderJob reminders = print
                ? new ReminderJob(db, clock, settings.policy(), new ConsoleReminderChannel(stdout(), texts), null)
                : new ReminderJob(db, clock, settings.policy(),
                        new TelegramReminderChannel(outbox, attempts, texts), new OfficeAlerts(contacts, outbox, attempts, texts));
        DigestJob digest = new DigestJob(db, clock, new TelegramDigestChannel(outbox, attempts, texts));
        return new Passes(
                now -> {
                    var report = reminders.runOnce(now, print);
                    log.info("Nhắc hạn: {} tin, {} đã gửi, {} lỗi, {} chặn bot{}.", report.messages(), report.sent(),
                            report.failed(), report.blocked(), print ? " (không có token: chỉ in)" : "");
                },
                now -> {
                    var report = digest.runOnce(now, print);
                    log.info("Bản tổng hợp tuần {}: gửi {} người, {} đã nhận tuần này{}.", report.week(), report.sent(),
                            report.alreadyDone().size(), print ? " (không có token: chỉ in)" : "");
                });
    }

    @Bean
    @Profile(RUN)
    JobDetail reminderJob() {
        return ScheduleConfiguration.reminderJob();
    }

    @Bean
    @Profile(RUN)
    JobDetail digestJob() {
        return ScheduleConfiguration.digestJob();
    }

    @Bean
    @Profile(RUN)
    Trigger reminderSchedule(JobDetail reminderJob, ReminderSettings settings, Clock clock) {
        return ScheduleConfiguration.reminderSchedule(reminderJob, settings.cron(), clock.getZone());
    }

    @Bean
    @Profile(RUN)
    Trigger reminderAtStartup(JobDetail reminderJob) {
        return ScheduleConfiguration.reminderAtStartup(reminderJob);
    }

    @Bean
    @Profile(RUN)
    Trigger digestSchedule(JobDetail digestJob, DigestSettings settings, Clock clock) {
        return ScheduleConfiguration.digestSchedule(digestJob, settings.cron(), clock.getZone());
    }

    @Bean
    @Profile(RUN)
    Trigger digestAtStartup(JobDetail digestJob) {
        return ScheduleConfiguration.digestAtStartup(digestJob);
    }

    @Bean
    @Profile(RUN)
    ApplicationRunner registerCheck(RegisterDatabase register, RegisterSettings settings) {
        return args -> {
            Integer tasks = register.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class);
            Integer agencies = register.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class);
            Integer contacts = register.jdbc().queryForObject("SELECT count(*) FROM contact", Integer.class);
            log.info("Sổ nhiệm vụ {}: {} nhiệm vụ, {} cơ quan, {} liên hệ.", settings.path().toAbsolutePath().normalize(),
                    tasks, agencies, contacts);
        };
    }

    /** UTF-8 whatever the locale: the Vietnamese text of what would be sent. */
    private static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** The bot, or null without a token; a holder because Spring beans cannot be null. */
    record TelegramConnection(TelegramBot bot) {
    }
}
