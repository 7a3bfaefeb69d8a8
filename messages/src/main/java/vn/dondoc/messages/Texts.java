package vn.dondoc.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;
import vn.dondoc.scheduler.error.Problem;

/**
 * The sentences dondoc says, in Vietnamese (the default) or English. Placeholders are {0}, {1}…,
 * replaced by the arguments' text as given: callers format numbers and dates themselves
 * ({@link Formats}), so an id never turns into "1.234". The sentences live in several bundles, one
 * per room ({@link #BUNDLES}), so that each feature keeps its own file; a key is unique across all.
 */
public final class Texts {

    /** {@code <bundle>_<language>.properties} next to this class. */
    static final java.util.List<String> BUNDLES = java.util.List.of("texts", "bot", "reminders", "digest", "errors",
            "indicators", "letter", "console");

    private final Language language;
    private final Properties texts;

    private Texts(Language language) {
        this.language = language;
        this.texts = load(language);
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    /** Vietnamese unless {@code code} names English ("en", "en_US"…); null or unknown is Vietnamese. */
    public static Texts forCode(String code) {
        return of(Language.fromCode(code));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text '" + key + "' in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** "còn 5 ngày làm việc", "hạn hôm nay", "quá hạn 17 ngày làm việc": the one way every message says it. */
    public String standing(DueStanding standing) {
        return get("standing." + standing.kind(), standing.workingDays());
    }

    /**
     * What the scheduler refused, as a sentence in this language: the code's text with its arguments, a date
     * as dd/MM/yyyy, a number as plain digits. Plain text: a Telegram reply escapes it for HTML.
     */
    public String error(DondocException e) {
        return render(e.code(), e.args());
    }

    /** A code and its arguments (an import's rejected row, a deadline the parser did not understand). */
    public String render(ErrorCode code, java.util.List<Object> args) {
        return get(code.key(), args.stream().map(this::argument).toArray());
    }

    /** An import's rejected row, a deadline the parser did not understand. */
    public String render(Problem problem) {
        return render(problem.code(), problem.args());
    }

    private Object argument(Object arg) {
        if (arg instanceof Problem problem) {
            return render(problem);
        }
        return arg instanceof java.time.LocalDate date ? Formats.date(date) : arg;
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties load(Language language) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            Properties one = loadFile(bundle + "_" + language.code() + ".properties");
            for (String key : one.stringPropertyNames()) {
                if (all.containsKey(key)) {
                    throw new IllegalStateException("Text '" + key + "' is in two bundles");
                }
                all.setProperty(key, one.getProperty(key));
            }
        }
        return all;
    }

    private static Properties loadFile(String file) {
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public enum Language {
        VIETNAMESE("vi"),
        ENGLISH("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Language fromCode(String code) {
            if (code != null && code.toLowerCase(Locale.ROOT).startsWith("en")) {
                return ENGLISH;
            }
            return VIETNAMESE;
        }
    }
}
