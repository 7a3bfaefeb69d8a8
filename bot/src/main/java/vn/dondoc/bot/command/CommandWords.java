package vn.dondoc.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A command as people type it on a phone: "/tiendo", "/tiến độ", "/tien do", "/Tiến Độ", "/nhiemvu@bot",
 * and "start MÃ" without the slash (what some apps send after a deep link, or a person copying the code).
 * The command word is folded (no diacritics, lower case) and up to three words are joined.
 */
final class CommandWords {

    /** What a message asks for: the command's name as registered (or as typed when unknown), to whom, and the rest. */
    record Typed(String name, String written, String addressee, String args, boolean known) {
    }

    private static final int MAX_WORDS = 3;
    private static final Pattern START_WITHOUT_SLASH = Pattern.compile("(?iu)(start|batdau|bắt đầu)\\s+([A-Za-z0-9_-]{1,64})");

    private CommandWords() {
    }

    /** The command in {@code text}, or empty when it is not a command at all. */
    static Optional<Typed> read(String text, Set<String> names) {
        Matcher start = START_WITHOUT_SLASH.matcher(text);
        if (start.matches()) {
            return Optional.of(new Typed("start", "start", null, start.group(2), true));
        }
        if (!text.startsWith("/") || text.length() < 2 || Character.isWhitespace(text.charAt(1))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(text.substring(1).split("\\s+", MAX_WORDS + 1)));
        String addressee = null;
        String first = words.get(0);
        int at = first.indexOf('@');
        if (at >= 0) {
            addressee = first.substring(at + 1);
            words.set(0, first.substring(0, at));
            // "/nhiemvu@bot" names one word; never join words across an addressee.
            return Optional.of(typed(names, words, 1, addressee));
        }
        for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
            // Only words join ("tiến độ"): "/xong 👍" is /xong with an argument, not "/xong👍".
            if (n > 1 && !words.subList(0, n).stream().allMatch(w -> w.matches("\\p{L}+"))) {
                continue;
            }
            String joined = fold(String.join("", words.subList(0, n)));
            if (names.contains(joined)) {
                return Optional.of(typed(names, words, n, null));
            }
        }
        return Optional.of(typed(names, words, 1, null));
    }

    private static Typed typed(Set<String> names, List<String> words, int n, String addressee) {
        String written = String.join(" ", words.subList(0, n));
        String name = fold(written.replace(" ", ""));
        String args = words.size() > n ? String.join(" ", words.subList(n, words.size())) : "";
        return new Typed(name, written, addressee, args, names.contains(name));
    }

    /**
     * The registered name nearest to an unknown one: a small slip ("tiendoo", "nhiemvuu") or the start of
     * a name ("nhiem"). Empty when nothing is near enough to be what the person meant ("xoa").
     */
    static Optional<String> nearest(String unknown, List<String> names) {
        String typed = fold(unknown);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        int allowed = typed.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = name.startsWith(typed) && typed.length() >= 3 ? 0 : distance(typed, name);
            if (distance <= allowed && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static String fold(String word) {
        return VietnameseText.fold(word).replaceAll("[^a-z0-9_]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
