package vn.dondoc.bot.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * A value Spring could not convert while binding a settings record ("abc" for a number), said as the
 * environment variable the person set and the value they gave.
 */
final class SettingsFailure {

    /** application.yml maps each setting onto its variable: {@code invite-days: ${DONDOC_INVITE_DAYS:7}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private SettingsFailure() {
    }

    static DondocException of(BindException bind, Map<String, String> environment) {
        var property = bind.getProperty();
        String raw = property == null || property.getValue() == null ? "" : property.getValue().toString();
        Matcher placeholder = PLACEHOLDER.matcher(raw);
        if (placeholder.find()) {
            String variable = placeholder.group(1);
            return new DondocException(SettingError.INVALID, variable, environment.getOrDefault(variable, raw));
        }
        String variable = variable(property == null ? null : property.getOrigin());
        return new DondocException(SettingError.INVALID, variable != null ? variable : bind.getName().toString(), raw);
    }

    private static String variable(Origin origin) {
        for (Origin o = origin; o != null; o = o.getParent()) {
            if (o instanceof SystemEnvironmentOrigin env) {
                return env.getProperty();
            }
            if (o instanceof PropertySourceOrigin source && VARIABLE.matcher(source.getPropertyName()).matches()) {
                return source.getPropertyName();
            }
        }
        return null;
    }
}
