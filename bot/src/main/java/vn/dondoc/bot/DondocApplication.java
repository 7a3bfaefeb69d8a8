package vn.dondoc.bot;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.dondoc.bot.command.BotDispatcher;
import vn.dondoc.bot.command.BotServices;
import vn.dondoc.bot.digest.TelegramDigestChannel;
import vn.dondoc.bot.reminder.ConsoleReminderChannel;
import vn.dondoc.bot.reminder.TelegramOfficeAlertChannel;
import vn.dondoc.bot.reminder.TelegramReminderChannel;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.ConsoleOutbox;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.OfficeAlertChannel;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * The long-running dondoc ({@code dondoc run}): the Telegram bot, wired by hand (telegrambots 10 has
 * no Spring Boot starter), and the scheduler's passes and Quartz jobs, found by scanning
 * {@code vn.dondoc} (the jobs only under the {@code run} profile). The register is the single source of truth.
 */
@SpringBootApplication(scanBasePackages = "vn.dondoc")
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
        return new TaskRegister(db, clock);
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
        return BotDispatcher.create(new BotServices(db, tasks, contacts, texts, clock, outbox,
                () -> connection.bot() != null ? connection.bot().username() : settings.username()));
    }

    @Bean
    TelegramLink telegramLink(TelegramConnection connection, BotDispatcher dispatcher, org.quartz.Scheduler jobs) {
        return new TelegramLink(connection.bot(), dispatcher, jobs);
    }

    @Bean
    ReminderPolicy reminderPolicy(DondocProperties properties) {
        return properties.reminders().policy();
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
     * counted as delivered that never reached Telegram (the channels say they do not deliver).
     */
    @Bean
    ReminderChannel reminderChannel(TelegramConnection connection, Outbox outbox, SendAttempts attempts, Texts texts) {
        return connection.bot() == null ? new ConsoleReminderChannel(stdout(), texts)
                : new TelegramReminderChannel(outbox, attempts, texts);
    }

    @Bean
    OfficeAlertChannel officeAlertChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        return new TelegramOfficeAlertChannel(outbox, attempts, texts);
    }

    @Bean
    DigestChannel digestChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        return new TelegramDigestChannel(outbox, attempts, texts);
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
