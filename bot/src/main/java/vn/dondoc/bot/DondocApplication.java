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
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
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
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.reminder.MuteActions;
import vn.dondoc.scheduler.reminder.Mutes;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.Extensions;
import vn.dondoc.scheduler.task.TaskAccess;
import vn.dondoc.scheduler.task.TaskActions;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskReports;

/**
 * The long-running dondoc ({@code dondoc run}): the Telegram bot and the Quartz jobs, wired by hand
 * (telegrambots 10 has no Spring Boot starter). The register is the single source of truth.
 */
@SpringBootApplication
@EnableConfigurationProperties(DondocProperties.class)
public class DondocApplication {

    private static final Logger log = LoggerFactory.getLogger(DondocApplication.class);

    /** The office clock; a test registers its own before the context starts. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return OfficeZone.systemClock();
    }

    @Bean(destroyMethod = "close")
    RegisterDatabase registerDatabase(DondocProperties properties) {
        return RegisterDatabase.open(Path.of(properties.db()));
    }

    @Bean
    Texts texts(DondocProperties properties) {
        return Texts.forCode(properties.lang());
    }

    @Bean
    TaskRegister taskRegister(RegisterDatabase db, Clock clock) {
        return new TaskRegister(db);
    }

    @Bean
    ContactRegister contactRegister(RegisterDatabase db, Clock clock, DondocProperties properties) {
        return new ContactRegister(db, clock, Duration.ofDays(properties.inviteDays()));
    }

    @Bean
    TelegramSettings telegramSettings(DondocProperties properties) {
        DondocProperties.Telegram telegram = properties.telegram();
        String url = telegram.apiUrl();
        return new TelegramSettings(telegram.token(), url == null || url.isBlank() ? null : TelegramSettings.parseUrl(url),
                telegram.username());
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
    BotDispatcher botDispatcher(RegisterDatabase db, TaskRegister tasks, ContactRegister contacts, Texts texts,
                                Clock clock, Outbox outbox, TelegramConnection connection, TelegramSettings settings) {
        // The scheduler's use cases, wired by hand until the composition root scans vn.dondoc.
        TaskHistory history = new TaskHistory(db, clock);
        TaskAccess access = new TaskAccess(tasks);
        return BotDispatcher.create(new BotServices(
                new TaskActions(db, clock, tasks, history, new TaskReports(db, clock, tasks, history), access),
                new ExtensionActions(db, clock, new Extensions(db, clock, tasks, history), access, contacts),
                new ContactActions(db, contacts), new MuteActions(db, access, new Mutes(db, clock, history)),
                new DigestBuilder(db, clock), texts, clock, outbox,
                () -> connection.bot() != null ? connection.bot().username() : settings.username()));
    }

    @Bean
    TelegramLink telegramLink(TelegramConnection connection, BotDispatcher dispatcher, org.quartz.Scheduler jobs) {
        return new TelegramLink(connection.bot(), dispatcher, jobs);
    }

    @Bean
    WorkingHours workingHours(RegisterDatabase db, DondocProperties properties, Clock clock) {
        OfficeDays days = new OfficeDays(db);
        return new WorkingHours(days::calendar, properties.reminders().policy().sendAt(),
                properties.reminders().workdayEnd(), clock.getZone());
    }

    /** One pacer for everything dondoc sends on its own, so reminders and the digest share Telegram's limits. */
    @Bean
    SendAttempts sendAttempts(DondocProperties properties) {
        PacingSettings defaults = PacingSettings.defaults();
        Ticker ticker = Ticker.system();
        return new SendAttempts(new Pacer(new PacingSettings(properties.reminders().sendPerSecond(),
                defaults.perChatInterval(), defaults.groupPerMinute()), ticker), RetrySettings.defaults(), ticker);
    }

    /**
     * Without a token both passes print what they would send and record nothing, so that nothing is
     * counted as delivered that never reached Telegram.
     */
    @Bean
    Passes passes(RegisterDatabase db, Clock clock, DondocProperties properties, Texts texts, TelegramConnection connection,
                  Outbox outbox, SendAttempts attempts, ContactRegister contacts) {
        boolean print = connection.bot() == null;
        ReminderJob reminders = print
                ? new ReminderJob(db, clock, properties.reminders().policy(), new ConsoleReminderChannel(stdout(), texts), null)
                : new ReminderJob(db, clock, properties.reminders().policy(),
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
    JobDetail reminderJob() {
        return ScheduleConfiguration.reminderJob();
    }

    @Bean
    JobDetail digestJob() {
        return ScheduleConfiguration.digestJob();
    }

    @Bean
    Trigger reminderSchedule(JobDetail reminderJob, DondocProperties properties, Clock clock) {
        return ScheduleConfiguration.reminderSchedule(reminderJob, properties.reminders().cron(), clock.getZone());
    }

    @Bean
    Trigger reminderAtStartup(JobDetail reminderJob) {
        return ScheduleConfiguration.reminderAtStartup(reminderJob);
    }

    @Bean
    Trigger digestSchedule(JobDetail digestJob, DondocProperties properties, Clock clock) {
        return ScheduleConfiguration.digestSchedule(digestJob, properties.digest().cron(), clock.getZone());
    }

    @Bean
    Trigger digestAtStartup(JobDetail digestJob) {
        return ScheduleConfiguration.digestAtStartup(digestJob);
    }

    @Bean
    ApplicationRunner registerCheck(RegisterDatabase register, DondocProperties properties) {
        return args -> {
            Integer tasks = register.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class);
            Integer agencies = register.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class);
            Integer contacts = register.jdbc().queryForObject("SELECT count(*) FROM contact", Integer.class);
            log.info("Sổ nhiệm vụ {}: {} nhiệm vụ, {} cơ quan, {} liên hệ.", Path.of(properties.db()).toAbsolutePath().normalize(),
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
