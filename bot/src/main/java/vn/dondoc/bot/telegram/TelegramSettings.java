package vn.dondoc.bot.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.telegram.telegrambots.meta.TelegramUrl;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * Where the Bot API is and who the bot is there: TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL and
 * TELEGRAM_BOT_USERNAME (the name in invite links). The token is a secret: it is never printed,
 * not even by {@link #toString()}.
 */
@ConfigurationProperties("dondoc.telegram")
public record TelegramSettings(String token, URI apiUrl, String username) {

    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        apiUrl = apiUrl == null || apiUrl.toString().isBlank() ? PUBLIC_API : apiUrl;
        if (apiUrl.getHost() == null || !("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))) {
            throw new DondocException(SettingError.URL, "TELEGRAM_API_URL", apiUrl);
        }
        username = username == null || username.isBlank() ? null : username.strip().replaceFirst("^@", "");
    }


    public boolean hasToken() {
        return token != null;
    }

    /** telegrambots takes scheme, host and port; the path is always /bot&lt;token&gt;/method. */
    TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    /** {@code t.me/<bot>?start=CODE}; without a known bot name, the command to type instead. */
    public String inviteLink(String code) {
        return username == null ? null : "https://t.me/" + username + "?start=" + code;
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token == null ? "none" : "***") + ", apiUrl=" + apiUrl + ", username=" + username + "]";
    }
}
