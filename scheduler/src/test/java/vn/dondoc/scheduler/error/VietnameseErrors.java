package vn.dondoc.scheduler.error;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * The Vietnamese sentence of a code, as office staff read it, so the scheduler's tests keep asserting the exact
 * words. The scheduler cannot depend on {@code messages/} (which depends on it), so this reads the bundle from
 * the sibling module's sources and renders it the way {@code messages/Texts} does: {0}, {1}… replaced by the
 * arguments, a date as dd/MM/yyyy, an argument that is itself a {@link Problem} as its own sentence.
 */
public final class VietnameseErrors {

    private static final String BUNDLE = "messages/src/main/resources/vn/dondoc/messages/errors_vi.properties";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Properties TEXTS = load();

    private VietnameseErrors() {
    }

    public static String render(Problem problem) {
        String text = TEXTS.getProperty(problem.code().key());
        if (text == null) {
            throw new IllegalArgumentException("No Vietnamese text for " + problem.code().key() + " in " + BUNDLE);
        }
        for (int i = 0; i < problem.args().size(); i++) {
            text = text.replace("{" + i + "}", argument(problem.args().get(i)));
        }
        return text;
    }

    public static String render(Throwable coded) {
        return render(((DondocException) coded).problem());
    }

    private static String argument(Object arg) {
        if (arg instanceof Problem nested) {
            return render(nested);
        }
        return arg instanceof LocalDate date ? DAY.format(date) : String.valueOf(arg);
    }

    private static Properties load() {
        // Tests run in the scheduler's folder; look for the bundle from there up to the project's root.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(BUNDLE);
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Properties texts = new Properties();
                    texts.load(in);
                    return texts;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("Cannot find " + BUNDLE + " above " + Path.of("").toAbsolutePath());
    }
}
