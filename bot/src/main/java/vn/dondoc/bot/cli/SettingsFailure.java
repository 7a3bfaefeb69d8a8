package vn.dondoc.bot.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * A value Spring could not convert while binding a settings record ("abc" for a number): said as the
 * environment variable the person set, taken from application.yml's placeholder for that key.
 */
final class SettingsFailure {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+):");

    private SettingsFailure() {
    }

    static DondocException of(BindException bind) {
        var property = bind.getProperty();
        String name = bind.getName().toString();
        String value = property == null || property.getValue() == null ? "" : property.getValue().toString();
        return new DondocException(SettingError.INVALID, variable(property == null ? null : property.getOrigin(), name), value);
    }

    /** DONDOC_INVITE_DAYS for dondoc.invite-days: the yml line reads {@code invite-days: ${DONDOC_INVITE_DAYS:7}}. */
    private static String variable(Origin origin, String fallback) {
        for (Origin o = origin; o != null; o = o.getParent()) {
            if (o instanceof SystemEnvironmentOrigin variable) {
                return variable.getProperty();
            }
            if (o instanceof TextResourceOrigin text && text.getResource() != null && text.getLocation() != null) {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(text.getResource().getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    String line = lines.lines().skip(text.getLocation().getLine()).findFirst().orElse("");
                    Matcher m = VARIABLE.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }
}
