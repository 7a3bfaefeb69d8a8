package vn.dondoc.scheduler.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Agency names short enough for a phone's chart and table, the way offices abbreviate them:
 * "Sở Kế hoạch và Đầu tư" → "Sở KH&ĐT", "Sở Lao động- TB và XH" → "Sở LĐ-TB&XH",
 * "BCH Bộ đội Biên phòng tỉnh" → "BCH BĐBP tỉnh", "UBND thành phố Vinh" → "UBND TP Vinh".
 * Place names are never reduced to initials (they would be unreadable). The short name kept with each agency
 * ({@link #of(String)}) is never cut; only a fixed-width column cuts with "…" ({@link #of(String, int)}).
 */
public final class AgencyShortName {

    /** Words that name the kind of body; what follows them is its field, written as initials. */
    private static final Set<String> HEADS = Set.of("sở", "ban", "cục", "tt", "bql", "bch", "vp", "chi");
    private static final String[][] PHRASES = {
            {"Ủy ban nhân dân", "UBND"}, {"Uỷ ban nhân dân", "UBND"}, {"Văn phòng", "VP"}, {"Trung tâm", "TT"},
            {"Ban Quản lý", "BQL"}, {"Ban quản lý", "BQL"}, {"Bộ Chỉ huy", "BCH"}, {"thành phố", "TP"}, {"Thành phố", "TP"},
            {"Hợp tác xã", "HTX"}, {"thị xã", "TX"}, {"Thị xã", "TX"}, {"huyện", "H."}, {"Huyện", "H."}};

    private AgencyShortName() {
    }

    /** Short names aim at this many characters: a phone's table column. */
    public static final int TARGET = 13;

    /**
     * The short name an agency gets when it is created (the office may change it): {@code name} itself if it
     * fits in {@link #TARGET} characters, else its abbreviation, never cut ("UBND huyện Đô Lương" → "UBND H. Đô Lương").
     */
    public static String of(String name) {
        return abbreviate(name, TARGET);
    }

    /** {@code name} itself if it fits in {@code max} characters, else its abbreviation, cut to {@code max}. */
    public static String of(String name, int max) {
        String text = abbreviate(name, max);
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String abbreviate(String name, int max) {
        String text = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (text.length() <= max) {
            return text;
        }
        for (String[] phrase : PHRASES) {
            text = text.replace(phrase[0], phrase[1]);
        }
        return text.length() > max ? initials(text) : text;
    }

    /** Keeps the head word and a trailing "tỉnh", writes the rest as syllable initials ("và" as "&"). */
    private static String initials(String text) {
        String[] words = text.split(" ");
        if (words.length < 3 || !HEADS.contains(words[0].toLowerCase(Locale.ROOT)) || words[0].equals("UBND")) {
            return text;
        }
        int end = words[words.length - 1].equalsIgnoreCase("tỉnh") ? words.length - 1 : words.length;
        StringBuilder middle = new StringBuilder();
        for (int i = 1; i < end; i++) {
            String word = words[i];
            if (word.equalsIgnoreCase("và")) {
                middle.append('&');
            } else if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                middle.append(word.replace(",", ""));
            } else {
                middle.append(Character.toUpperCase(word.charAt(0)));
                if (word.endsWith("-")) {
                    middle.append('-');
                }
            }
        }
        List<String> parts = new ArrayList<>(List.of(words[0], middle.toString()));
        if (end < words.length) {
            parts.add(words[words.length - 1]);
        }
        return String.join(" ", parts);
    }
}
