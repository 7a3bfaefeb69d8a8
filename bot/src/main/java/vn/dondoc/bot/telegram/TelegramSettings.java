package vn.dondoc.bot.telegram;

import java.net.URI;
import java.util.Map;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API is and who the bot is there. The token is a secret: it is never printed,
 * not even by {@link #toString()}.
 */
public record TelegramSettings(String token, URI apiUrl, String username) {

    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        apiUrl = apiUrl == null ? PUBLIC_API : apiUrl;
        username = username == null || username.isBlank() ? null : username.strip().replaceFirst("^@", "");
    }

    /** TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL and TELEGRAM_BOT_USERNAME (the name in invite links). */
    public static TelegramSettings fromEnvironment(Map<String, String> env) {
        String url = env.get("TELEGRAM_API_URL");
        return new TelegramSettings(env.get("TELEGRAM_BOT_TOKEN"),
                url == null || url.isBlank() ? null : parseUrl(url), env.get("TELEGRAM_BOT_USERNAME"));
    }

    public static URI parseUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TELEGRAM_API_URL không phải một địa chỉ: " + url, e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL phải có dạng http(s)://máy[:cổng], không phải " + url);
        }
        return uri;
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
