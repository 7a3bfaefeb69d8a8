package vn.dondoc.bot.command;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.bot.telegram.FileDownloads;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.indicator.IndicatorActions;
import vn.dondoc.scheduler.notice.NoticeImport;
import vn.dondoc.scheduler.reminder.MuteActions;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.TaskActions;
import vn.dondoc.scheduler.task.TaskOverview;

/** The bot's commands and the use cases they call. */
@Configuration(proxyBeanMethods = false)
public class BotConfiguration {

    @Bean
    BotDispatcher botDispatcher(TaskActions tasks, TaskOverview overview, ExtensionActions extensions, ContactActions contacts,
                                MuteActions mutes, IndicatorActions indicators, DigestBuilder digests, Texts texts, Clock clock,
                                Outbox outbox, TelegramConnection connection, TelegramSettings settings,
                                ConsoleLogin console, DocumentImporter importer, FileDownloads downloads,
                                NoticeImport notices) {
        return BotDispatcher.create(new BotServices(tasks, overview, extensions, contacts, mutes, indicators, digests, texts, clock, outbox,
                () -> connection.username(settings)), console, new ImportFiles(importer, downloads, null, notices));
    }
}
