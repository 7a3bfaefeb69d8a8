package vn.dondoc.bot.telegram;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection to Telegram (telegrambots 10 has no Spring Boot starter). Without a token there is no
 * bot: nothing is received, and what dondoc would send is printed on standard output instead.
 */
@Configuration(proxyBeanMethods = false)
public class TelegramConfiguration {

    @Bean
    TelegramConnection telegramConnection(TelegramSettings settings, TelegramTimeouts timeouts) {
        return new TelegramConnection(settings.hasToken() ? new TelegramBot(settings, timeouts) : null);
    }

    @Bean
    Outbox outbox(TelegramConnection connection) {
        return connection.bot() != null ? connection.bot().outbox() : new ConsoleOutbox(stdout());
    }

    @Bean
    FileDownloads fileDownloads(TelegramConnection connection) {
        return connection.bot() != null ? connection.bot().downloads() : FileDownloads.NONE;
    }

    /** UTF-8 whatever the locale: the Vietnamese text of what would be sent. */
    public static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
