package vn.dondoc.bot.sending;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.bot.digest.TelegramDigestChannel;
import vn.dondoc.bot.reminder.ConsoleReminderChannel;
import vn.dondoc.bot.reminder.TelegramOfficeAlertChannel;
import vn.dondoc.bot.reminder.TelegramReminderChannel;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.bot.telegram.TelegramConfiguration;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.reminder.OfficeAlertChannel;
import vn.dondoc.scheduler.reminder.ReminderChannel;

/**
 * The Telegram side of the scheduler's passes: one pacer for everything dondoc sends on its own, so
 * reminders, alerts and the digest share Telegram's limits (DONDOC_SEND_PER_SECOND), and the channels
 * the passes call. Without a token the channels print and say they do not deliver, so the passes record
 * nothing that never reached Telegram.
 */
@Configuration(proxyBeanMethods = false)
public class SendingConfiguration {

    @Bean
    Ticker ticker() {
        return Ticker.system();
    }

    @Bean
    SendAttempts sendAttempts(SendingSettings settings, Ticker ticker) {
        return new SendAttempts(new Pacer(settings.pacing(), ticker), RetrySettings.defaults(), ticker);
    }

    @Bean
    ReminderChannel reminderChannel(TelegramConnection connection, Outbox outbox, SendAttempts attempts, Texts texts,
                                    SendingSettings settings) {
        return connection.bot() == null ? new ConsoleReminderChannel(TelegramConfiguration.stdout(), texts)
                : new TelegramReminderChannel(outbox, attempts, texts, settings.inFlight());
    }

    @Bean
    OfficeAlertChannel officeAlertChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        return new TelegramOfficeAlertChannel(outbox, attempts, texts);
    }

    @Bean
    DigestChannel digestChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        return new TelegramDigestChannel(outbox, attempts, texts);
    }
}
