package vn.dondoc.scheduler.agency;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The words an agency's name begins with ("Sở", "UBND", "Công an", ...). A comma-separated fragment
 * that begins with one starts a new agency; one that does not ("Thương mại và Du lịch") belongs to
 * the name before it.
 */
final class AgencyHeads {

    /**
     * A head as written in lower case. {@code weak}: also an ordinary word ("ban", "bộ", "hội",
     * "báo"...), so after "và" it only starts an agency when a capitalised word or an abbreviation
     * follows ("Ban Dân tộc", "Bộ CHQS" but not "Bộ đội", "Báo chí").
     */
    private record Head(List<String> words, boolean weak) {
    }

    // Longest first, so "chi cục" wins over "cục" and "bộ đội biên phòng" over "bộ".
    private static final List<Head> HEADS = Stream.concat(
                    Stream.of(
                            "sở", "ubnd", "ủy ban", "uỷ ban", "ủy ban nhân dân", "uỷ ban nhân dân", "hđnd",
                            "hội đồng nhân dân", "bql", "bch", "công an", "thanh tra",
                            "cục", "chi cục", "trung tâm", "liên minh", "liên đoàn", "liên hiệp", "văn phòng",
                            "tỉnh đoàn", "mặt trận", "mttq", "ubmttq", "kho bạc", "ngân hàng", "bảo hiểm",
                            "bhxh", "bệnh viện", "công ty", "tổng công ty", "tòa án", "toà án", "tand",
                            "viện kiểm sát", "vksnd", "cảng vụ", "điện lực", "vườn quốc gia", "học viện",
                            "đại học", "hội đồng", "tổ công tác", "tỉnh ủy", "tỉnh uỷ", "bộ đội biên phòng",
                            "bộ chỉ huy", "chi nhánh", "các")
                            .map(h -> new Head(List.of(h.split(" ")), false)),
                    Stream.of("ban", "bộ", "đài", "báo", "hội", "đoàn", "quỹ", "trường", "viện", "phòng")
                            .map(h -> new Head(List.of(h), true)))
            .sorted(Comparator.comparingInt((Head h) -> h.words().size()).reversed())
            .toList();

    private AgencyHeads() {
    }

    /**
     * How many of the leading {@code words} form a head, or 0. Case-insensitive; a word typed
     * without diacritics matches by its folded form ("so" = "sở"), but one typed with different
     * diacritics does not ("số" is not "sở", "đại" is not "đài").
     */
    static int headLength(List<String> words) {
        Head head = findHead(words);
        return head == null ? 0 : head.words().size();
    }

    /** Whether a fragment between separators begins a new agency (case-insensitive). */
    static boolean startsAgency(String fragment) {
        return headLength(words(fragment)) > 0;
    }

    /**
     * Whether the text after a " và " begins another agency. Stricter than after a comma, because
     * "và" is common inside names: the head must be capitalised ("Sở", not "sở hữu"), and a weak
     * head must be followed by a capitalised word or an abbreviation. "các" always counts
     * ("Sở Y tế và các đơn vị liên quan").
     */
    static boolean startsAgencyAfterAnd(String text) {
        List<String> words = words(text);
        Head head = findHead(words);
        if (head == null) {
            return false;
        }
        String first = words.get(0);
        if (VietnameseText.fold(first).equals("cac")) {
            return true;
        }
        if (!Character.isUpperCase(first.codePointAt(0))) {
            return false;
        }
        if (!head.weak()) {
            return true;
        }
        int n = head.words().size();
        return words.size() > n
                && (Character.isUpperCase(words.get(n).codePointAt(0)) || NameTokens.isAbbreviation(words.get(n)));
    }

    static List<String> words(String text) {
        String cleaned = VietnameseText.clean(text);
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
    }

    private static Head findHead(List<String> words) {
        for (Head head : HEADS) {
            if (startsWith(words, head.words())) {
                return head;
            }
        }
        return null;
    }

    private static boolean startsWith(List<String> words, List<String> head) {
        if (words.size() < head.size()) {
            return false;
        }
        for (int i = 0; i < head.size(); i++) {
            if (!sameWord(words.get(i), head.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String written, String head) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.equals(head)) {
            return true;
        }
        String folded = VietnameseText.fold(lower);
        // Only text typed without diacritics is compared folded; see headLength.
        return folded.equals(lower) && folded.equals(VietnameseText.fold(head));
    }
}
