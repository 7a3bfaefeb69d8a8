package vn.dondoc.bot.console;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * DONDOC_WEB_PORT and DONDOC_WEB_ADDRESS: where {@code run} serves the console (application.yml hands them to the
 * embedded server). DONDOC_WEB_URL: its address as people's browsers reach it, used in the links the bot sends; when
 * not given, http://localhost on the port actually opened (enough on the office's own machine and in tests).
 * DONDOC_WEB_SESSION_HOURS: how long a login lasts without use (a working day).
 */
@ConfigurationProperties("dondoc.web")
public record ConsoleSettings(int port, String address, URI url, Duration session) {

    public ConsoleSettings {
        SettingError.within("DONDOC_WEB_PORT", port, 0, 65535);
        url = url == null || url.toString().isBlank() ? null : url;
        if (url != null && (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())))) {
            throw new DondocException(SettingError.URL, "DONDOC_WEB_URL", url);
        }
        if (session == null || session.isNegative() || session.isZero() || session.toHours() > 24) {
            throw new DondocException(SettingError.INVALID, "DONDOC_WEB_SESSION_HOURS", session);
        }
    }

    /** The public address without a trailing slash, or the local one on {@code localPort}. */
    String base(int localPort) {
        String given = url == null ? "http://localhost:" + localPort : url.toString();
        return given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
    }
}
