package vn.dondoc.scheduler.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * Which way an indicator improves, from the words of its name. The words are data ({@code directions.txt} next to
 * this class), not code: an office that meets a new kind of indicator adds a line.
 */
final class Directions {

    private static final Directions DEFAULT = load();

    private final List<Rule> rules;

    private Directions(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Directions standard() {
        return DEFAULT;
    }

    /** The direction and the words that decided it (null when none did and more is better by default). */
    Decision of(String name) {
        String folded = " " + VietnameseText.fold(name).replaceAll("[^a-z0-9]+", " ").trim() + " ";
        for (Rule rule : rules) {
            if (rule.pattern.matcher(folded).find()) {
                return new Decision(rule.direction, rule.words);
            }
        }
        return new Decision(Direction.MORE_IS_BETTER, null);
    }

    record Decision(Direction direction, String words) {
    }

    private record Rule(Direction direction, String words, Pattern pattern) {
    }

    private static Directions load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Directions.class.getResourceAsStream("directions.txt")) {
            if (in == null) {
                throw new IllegalStateException("directions.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                String kind = text.substring(0, colon).strip();
                String words = text.substring(colon + 1).strip();
                Direction direction = kind.equals("less") ? Direction.LESS_IS_BETTER : Direction.MORE_IS_BETTER;
                String folded = VietnameseText.fold(words).replaceAll("[^a-z0-9]+", " ").trim();
                rules.add(new Rule(direction, words, Pattern.compile(" " + Pattern.quote(folded) + " ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Directions(rules);
    }
}
