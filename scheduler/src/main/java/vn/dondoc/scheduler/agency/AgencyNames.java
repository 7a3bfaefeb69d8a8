package vn.dondoc.scheduler.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/** Agency names as assigning documents write them: splitting a cell, the register key, generic phrases. */
public final class AgencyNames {

    private static final Pattern NOT_KEY_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    // List bullets and numbering before a name: "- ", "+ ", "• ", "1. ", "2) ", "a) ".
    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•·*+]+|\\(?\\d{1,2}[.)]|\\(?[a-zđ]\\))\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    // Only at the very end: inside a cell "Lao động-" may go on at the next line.
    private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s\\-–—]+$");
    // A role note after a name, "Sở Tài chính (chủ trì)": the role is the column's business.
    private static final Pattern ROLE_NOTE = Pattern.compile(
            "\\s*\\((?:cơ quan )?(?:chủ trì|phối hợp|thường trực)\\)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // " và " or " & " between two agencies ("Sở Y tế và Sở Tài chính").
    private static final Pattern AND = Pattern.compile("\\s+(?:[vV][àÀ]|&)\\s+");
    // Words of phrases that name kinds of bodies rather than one body: "sở, ngành", "địa phương".
    private static final Set<String> GENERIC_WORDS = Set.of(
            "so", "ban", "nganh", "dia", "phuong", "don", "vi", "co", "quan", "doanh", "nghiep", "to", "chuc",
            "huyen", "thanh", "pho", "thi", "xa", "tran", "tinh", "cap", "va", "cac", "khac");

    private static final Set<String> GROUP_LEVELS = Set.of("sở", "ngành", "huyện", "xã");

    private AgencyNames() {
    }

    /**
     * The register key of a name, stored with a unique index, so changing it needs a migration
     * that recomputes every stored key. Definition: {@link VietnameseText#fold} (lower case, no
     * diacritics, đ→d), then "&amp;" → " va ", then every run of characters other than a–z and
     * 0–9 → one space, trimmed. "Sở Lao động- TB &amp; XH" → "so lao dong tb va xh".
     * {@code null} gives {@code null}.
     */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String folded = VietnameseText.fold(name).replace("&", " va ");
        return NOT_KEY_CHARACTERS.matcher(folded).replaceAll(" ").trim();
    }

    /**
     * The agencies named in one cell, cleaned, in order, without repeats (same {@link #key}).
     * The cell is cut at ",", ";", "+" and line breaks; a fragment that neither begins with an
     * agency head word ({@code Sở}, {@code UBND}, {@code Thanh tra}, ...) nor is known joins the
     * name before it, so "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch" stays one name. A run
     * of fragments that together is a known agency stays whole. Finally a name is cut at " và "
     * when both sides are agencies ("Sở Y tế và Sở Tài chính"), see {@link AgencyHeads}. List
     * bullets, numbering, trailing punctuation and a role note such as "(chủ trì)" are dropped.
     *
     * @param isKnown whether a cleaned name is an agency in the register; may be {@code null}
     */
    public static List<String> split(String cell, Predicate<String> isKnown) {
        Predicate<String> known = isKnown == null ? name -> false : isKnown;
        List<Fragment> fragments = fragments(cell);
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < fragments.size(); ) {
            int end = endOfKnownRun(fragments, i, known);
            if (end > i + 1) {
                joined.add(join(fragments, i, end));
                i = end;
                continue;
            }
            Fragment fragment = fragments.get(i);
            if (joined.isEmpty() || beginsName(fragment.text(), joined.get(joined.size() - 1), known)) {
                joined.add(fragment.text());
            } else {
                int last = joined.size() - 1;
                joined.set(last, joined.get(last) + fragment.joiner() + fragment.text());
            }
            i++;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : joined) {
            for (String part : splitAtAnd(name, known)) {
                String cleaned = TRAILING_DASHES.matcher(withoutTrailingNotes(part)).replaceAll("");
                if (!cleaned.isEmpty() && seen.add(key(cleaned))) {
                    names.add(cleaned);
                }
            }
        }
        return names;
    }

    /**
     * Whether a name describes a group of bodies rather than one agency: "Các sở, ngành liên
     * quan", "các địa phương", "UBND các huyện, thành phố, thị xã", "UBND cấp xã", "sở, ngành".
     * Such phrases are kept as free text, never made into agencies.
     */
    public static boolean isGeneric(String name) {
        String key = key(name);
        if (key == null || key.isEmpty()) {
            return false;
        }
        List<String> words = List.of(key.split(" "));
        if (words.get(0).equals("cac") || words.get(0).equals("nhung") || key.contains("lien quan")) {
            return true;
        }
        // "UBND các huyện", "Ủy ban nhân dân cấp xã": a head followed by a plural or a level. Not
        // "Liên hiệp các Hội ...": a union of bodies is itself one agency.
        int head = AgencyHeads.headLength(words);
        boolean union = words.get(0).equals("lien");
        if (head > 0 && !union && words.size() > head && Set.of("cac", "cap", "nhung").contains(words.get(head))) {
            return true;
        }
        return GENERIC_WORDS.containsAll(words) || isGroup(name);
    }

    /**
     * "Thanh tra sở", "Thanh tra huyện", "UBND xã", "Phòng Tài chính huyện": a kind of body followed by a bare
     * level (sở, ngành, huyện, xã, with its diacritics, so "Trung tâm Chuyển đổi số" stays one agency) names every
     * body of that kind at that level, not one agency. "Thanh tra tỉnh" is one agency: there is one province.
     */
    public static boolean isGroup(String name) {
        String cleaned = VietnameseText.clean(name);
        if (cleaned == null) {
            return false;
        }
        List<String> words = List.of(cleaned.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        int last = words.size() - 1;
        // "Liên minh Hợp tác xã": a cooperative (hợp tác xã) is no commune.
        boolean cooperative = last >= 1 && words.get(last - 1).equals("tác") && words.get(last).equals("xã");
        return words.size() >= 2 && GROUP_LEVELS.contains(words.get(last)) && !cooperative;
    }

    /** A piece of a cell and the separator before it, kept to glue it back if it is no name. */
    private record Fragment(String text, char separator) {

        String joiner() {
            return switch (separator) {
                case ',' -> ", ";
                case ';' -> "; ";
                case '+' -> " + ";
                default -> " "; // a line break inside a name was only wrapping
            };
        }
    }

    private static List<Fragment> fragments(String cell) {
        List<Fragment> fragments = new ArrayList<>();
        if (cell == null) {
            return fragments;
        }
        char separator = '\n';
        StringBuilder current = new StringBuilder();
        for (char c : (cell + "\n").toCharArray()) {
            if (c == ',' || c == ';' || c == '+' || c == '\n' || c == '\r') {
                String text = withoutTrailingNotes(VietnameseText.clean(
                        BULLET.matcher(VietnameseText.clean(current.toString())).replaceFirst("")));
                if (!text.isEmpty()) {
                    fragments.add(new Fragment(text, separator));
                }
                current.setLength(0);
                separator = c == '\r' ? '\n' : c;
            } else {
                current.append(c);
            }
        }
        return fragments;
    }

    /** The end (exclusive) of the longest run of fragments from {@code start} that is a known agency. */
    /**
     * The most comma-separated pieces one agency's name is tried as ("Sở Lao động, Thương binh và Xã hội" is
     * two; "Ủy ban nhân dân các huyện, thành phố, thị xã" three): without a bound a cell of n names costs n²
     * lookups of names up to the whole cell long (a cell of 500 agencies took minutes).
     */
    static final int MAX_PIECES_PER_NAME = 6;

    private static int endOfKnownRun(List<Fragment> fragments, int start, Predicate<String> known) {
        for (int end = Math.min(fragments.size(), start + MAX_PIECES_PER_NAME); end > start + 1; end--) {
            if (known.test(join(fragments, start, end))) {
                return end;
            }
        }
        return start + 1;
    }

    private static String join(List<Fragment> fragments, int start, int end) {
        StringBuilder text = new StringBuilder(fragments.get(start).text());
        for (int i = start + 1; i < end; i++) {
            text.append(fragments.get(i).joiner()).append(fragments.get(i).text());
        }
        return text.toString();
    }

    private static boolean beginsName(String fragment, String previous, Predicate<String> known) {
        if (known.test(fragment)) {
            return true;
        }
        List<String> words = AgencyHeads.words(fragment);
        int head = AgencyHeads.headLength(words);
        if (head == 0 || words.size() == head) {
            return false; // no head, or a lone head word as in "Các sở, ban, ngành"
        }
        // "Các sở, ban ngành liên quan": lower-case kinds continue a "Các ..." list.
        boolean continuesList = Character.isLowerCase(fragment.codePointAt(0))
                && VietnameseText.fold(previous).startsWith("cac ");
        return !continuesList;
    }

    private static List<String> splitAtAnd(String name, Predicate<String> known) {
        if (known.test(name)) {
            return List.of(name);
        }
        List<String> segments = new ArrayList<>();
        List<String> connectors = new ArrayList<>();
        Matcher and = AND.matcher(name);
        int start = 0;
        while (and.find()) {
            segments.add(name.substring(start, and.start()));
            connectors.add(and.group());
            start = and.end();
        }
        segments.add(name.substring(start));
        List<String> parts = new ArrayList<>();
        String current = segments.get(0);
        for (int i = 1; i < segments.size(); i++) {
            String next = segments.get(i);
            if (AgencyHeads.startsAgencyAfterAnd(next) && isComplete(current, known)) {
                parts.add(current);
                current = next;
            } else {
                current = current + connectors.get(i - 1) + next;
            }
        }
        parts.add(current);
        return parts;
    }

    private static String withoutTrailingNotes(String name) {
        String bare = TRAILING_PUNCTUATION.matcher(name).replaceAll("");
        return TRAILING_PUNCTUATION.matcher(ROLE_NOTE.matcher(bare).replaceAll("")).replaceAll("");
    }

    /** Whether the text before a " và " is a whole agency: known, or a head word and more. */
    private static boolean isComplete(String text, Predicate<String> known) {
        if (known.test(text)) {
            return true;
        }
        List<String> words = AgencyHeads.words(text);
        int head = AgencyHeads.headLength(words);
        return head > 0 && words.size() > head;
    }
}
