package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plural head, a colon, and bare names: "Các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, Xây dựng, …" is Sở Kế hoạch
 * và Đầu tư, Sở Tài chính, Sở Xây dựng; "UBND các huyện: Quỳnh Lưu, Diễn Châu" is UBND huyện Quỳnh Lưu and UBND
 * huyện Diễn Châu. A name written in full among them ("…, Sở Nội vụ, Công an tỉnh,…") is taken as it is.
 *
 * <p>Every name of the list is an addressee of the same task, as if each were written out: that is how the real
 * notices use the form. Quảng Nam's 2024 programme gives "Các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, …, Công an
 * tỉnh,... chịu trách nhiệm chủ trì, phối hợp với … " each agency's own targets (its appendix lists them per agency),
 * and Quảng Ninh's 2309/QĐ-UBND makes "Giám đốc các Sở: Tài nguyên và Môi trường, Xây dựng, Tài chính, Cục Thuế tỉnh"
 * each carry the decision out. A notice that wants one agency to lead and the others to help says so ("Sở X chủ trì,
 * phối hợp với các Sở: Y, Z"), and then the list stands after "phối hợp với" and is read as the cooperating ones.
 *
 * <p>A bare name must be one the reader knows with its head ("Sở " + name: the register's agencies, their aliases,
 * the bodies of {@code agency-names.txt}, compared without diacritics as imports compare them), so that "các sở,
 * ngành: Tăng cường kiểm tra …" is not a list. Districts, towns and communes are not in any list: a place name of
 * two to four capitalised words ("Quỳnh Lưu", "Diễn Châu") is taken for them.
 */
final class NamedList {

    /** The head a bare name gets, by the words of the plural head (in lower case), most specific first. */
    private static final List<String[]> BODIES = List.of(
            new String[] {"sở", "Sở"},
            new String[] {"ban quản lý dự án", "Ban Quản lý dự án"},
            new String[] {"ban", "Ban"});
    /** Local Committees: the head of the level written first. */
    private static final List<String[]> LEVELS = List.of(
            new String[] {"thị xã", "UBND thị xã"},
            new String[] {"thành phố", "UBND thành phố"},
            new String[] {"huyện", "UBND huyện"},
            new String[] {"phường", "UBND phường"},
            new String[] {"thị trấn", "UBND thị trấn"},
            new String[] {"xã", "UBND xã"});
    private static final Pattern COLON = Pattern.compile("\\G\\s*:\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\G\\s*(?:[,;]|\\s(?:và|cùng)\\s)\\s*");
    /** "…, Công an tỉnh,... chịu trách nhiệm": the list's open end goes with it. */
    private static final Pattern ETC = Pattern.compile("\\G\\s*,?\\s*(?:\\.{2,}|…)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}&]+|[,;]|\\s+|-");
    private static final int LONGEST_NAME = 12;

    private final AgencyPhrases phrases;
    private final Predicate<String> known;

    NamedList(AgencyPhrases phrases, Predicate<String> known) {
        this.phrases = phrases;
        this.known = known;
    }

    /**
     * The names listed after the plural head {@code head} (a generic addressee found in {@code text}), or an empty
     * list when no colon and known name follow it.
     */
    List<AgencyPhrases.Found> after(String text, AgencyPhrases.Found head) {
        Optional<String> prefix = prefix(head.name());
        Matcher colon = COLON.matcher(text);
        if (prefix.isEmpty() || !colon.find(head.end())) {
            return List.of();
        }
        List<AgencyPhrases.Found> names = new ArrayList<>();
        int position = colon.end();
        while (true) {
            Optional<AgencyPhrases.Found> next = item(text, position, prefix.get());
            if (next.isEmpty()) {
                break;
            }
            names.add(next.get());
            Matcher separator = SEPARATOR.matcher(text);
            if (!separator.find(next.get().end()) || item(text, separator.end(), prefix.get()).isEmpty()) {
                break;
            }
            position = separator.end();
        }
        if (names.isEmpty()) {
            return List.of();
        }
        AgencyPhrases.Found last = names.get(names.size() - 1);
        Matcher etc = ETC.matcher(text);
        if (etc.find(last.end())) {
            names.set(names.size() - 1, new AgencyPhrases.Found(last.name(), last.start(), etc.end(), last.generic()));
        }
        return names;
    }

    /** Whether a sentence must not end at the colon at {@code colon}: a plural head stands before it and names follow. */
    boolean listsAt(String text, int colon) {
        for (int start = colon - 1; start >= 0 && start >= colon - 60; start--) {
            if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                continue;
            }
            Optional<AgencyPhrases.Found> head = phrases.at(text, start);
            if (head.isPresent() && head.get().generic() && text.substring(head.get().end(), colon).isBlank()) {
                return !after(text, head.get()).isEmpty();
            }
        }
        return false;
    }

    private Optional<AgencyPhrases.Found> item(String text, int from, String prefix) {
        Optional<AgencyPhrases.Found> full = phrases.at(text, from);
        if (full.isPresent() && !full.get().generic()) {
            return full; // "Sở Nội vụ", "Công an tỉnh" written out inside the list
        }
        List<int[]> words = words(text, from);
        for (int n = Math.min(words.size(), LONGEST_NAME); n >= 1; n--) {
            int[] last = words.get(n - 1);
            String lastWord = text.substring(last[0], last[1]);
            if (!Character.isLetterOrDigit(lastWord.charAt(0)) || lastWord.equals("và")) {
                continue;
            }
            String bare = text.substring(words.get(0)[0], last[1]);
            if (known.test(prefix + " " + bare)) {
                return Optional.of(new AgencyPhrases.Found(prefix + " " + bare, words.get(0)[0], last[1], false));
            }
        }
        if (prefix.startsWith("UBND")) {
            return place(text, words, prefix);
        }
        return Optional.empty();
    }

    /** "Quỳnh Lưu", "Diễn Châu": every word capitalised, up to the next separator. */
    private static Optional<AgencyPhrases.Found> place(String text, List<int[]> words, String prefix) {
        int end = 0;
        while (end < words.size()) {
            String word = text.substring(words.get(end)[0], words.get(end)[1]);
            if (!Character.isUpperCase(word.codePointAt(0)) || !Character.isLetter(word.codePointAt(0))) {
                break;
            }
            end++;
        }
        // Two to four capitalised words: "Tăng cường …" after the colon is a sentence, not a place.
        if (end < 2 || end > 4) {
            return Optional.empty();
        }
        int start = words.get(0)[0];
        int stop = words.get(end - 1)[1];
        return Optional.of(new AgencyPhrases.Found(prefix + " " + text.substring(start, stop), start, stop, false));
    }

    /** The words from {@code from} on (commas and hyphens too, for "Văn hóa, Thể thao và Du lịch"), up to a stop. */
    private static List<int[]> words(String text, int from) {
        List<int[]> words = new ArrayList<>();
        int position = from;
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        Matcher m = WORD.matcher(text);
        while (position < text.length() && m.find(position) && m.start() == position && words.size() < 40) {
            if (!m.group().isBlank()) {
                words.add(new int[] {m.start(), m.end()});
            }
            position = m.end();
        }
        return words;
    }

    private static Optional<String> prefix(String head) {
        String lower = " " + head.toLowerCase(Locale.ROOT).replace("uỷ", "ủy").replaceAll("[,;/]", " ").replaceAll("\\s+", " ") + " ";
        if (!lower.contains(" các ")) {
            return Optional.empty();
        }
        for (String[] h : BODIES) {
            if (lower.contains(" " + h[0] + " ")) {
                return Optional.of(h[1]);
            }
        }
        // "UBND các huyện, thị xã, thành phố": the level written first.
        String[] first = null;
        int at = Integer.MAX_VALUE;
        for (String[] h : LEVELS) {
            int i = lower.indexOf(" " + h[0] + " ");
            if (i >= 0 && i < at) {
                at = i;
                first = h;
            }
        }
        return Optional.ofNullable(first).map(h -> h[1]);
    }
}
