package vn.dondoc.scheduler.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyMatcher;

/**
 * Finds an agency's name where a sentence names one: first the longest run of words that the agency matcher
 * knows (the register's agencies and {@code agency-names.txt}, abbreviations included), then a generic addressee
 * kept as written ("các sở, ngành", "UBND các huyện, thành phố", "các chủ đầu tư"), else a head word ("Sở", "UBND",
 * "Ban", ...) and the capitalised words after it. A title before the name ("Giám đốc", "Thủ trưởng") is skipped.
 */
final class AgencyPhrases {

    /** A name found in {@code text} from {@code start} to {@code end}. */
    record Found(String name, int start, int end, boolean generic) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}&]+|[,;:().]");
    private static final List<String> TITLES = List.of("giám đốc", "thủ trưởng", "chủ tịch", "trưởng ban", "chánh văn phòng",
            "chánh thanh tra", "chỉ huy trưởng", "cục trưởng", "lãnh đạo");
    private static final List<String> HEADS = List.of("ủy ban nhân dân", "ubnd", "ủy ban", "sở", "ban quản lý", "ban", "cục", "chi cục",
            "công an", "bộ chỉ huy", "văn phòng", "thanh tra", "kho bạc", "trung tâm", "đài", "báo", "liên đoàn", "liên minh",
            "hội", "tỉnh đoàn", "ngân hàng", "bảo hiểm", "bhxh", "bql", "điện lực", "cảng vụ", "bệnh viện", "trường", "viện",
            "tòa án", "công ty", "tổng công ty", "quỹ", "cấp ủy", "chính quyền");
    /** Words of a generic addressee, longest first within a start word. */
    private static final List<String> GENERIC_UNITS = List.of("các", "cấp ủy", "cấp", "sở", "ban qlda", "ban quản lý dự án", "ban",
            "ngành", "đoàn thể", "tỉnh", "huyện", "thành phố", "thị xã", "xã", "phường", "thị trấn", "địa phương", "đơn vị",
            "cơ quan", "có liên quan", "liên quan", "chủ đầu tư", "qlda", "chuyên ngành", "doanh nghiệp", "hội",
            "ubnd", "ủy ban nhân dân", "chính quyền", "cấp huyện", "cấp xã");
    /** Heads that are also ordinary words ("Ban hành", "Hội nghị", "Báo cáo"): a capital must follow them. */
    private static final Set<String> WEAK_HEADS = Set.of("ban", "hội", "báo", "đài", "trường", "viện", "quỹ", "văn phòng",
            "trung tâm", "công ty", "bảo hiểm", "ngân hàng", "cục", "sở");
    /** Lower-case words that are part of a name after its capitalised words ("UBND huyện Triệu Phong"). */
    private static final Set<String> LEVEL_WORDS = Set.of("tỉnh", "huyện", "thành", "phố", "thị", "xã", "nhân", "dân",
            "vận", "tải", "nông", "thôn", "quân", "sự");
    /** Lower-case words that end a name: roles and verbs. */
    private static final Set<String> STOP_WORDS = Set.of("chủ", "phối", "với", "tham", "khẩn", "tiếp", "tập", "báo", "tổ",
            "thực", "triển", "hướng", "đôn", "rà", "kiểm", "nghiên", "đề", "trình", "giải", "tăng", "có", "theo", "để", "trong",
            "trước", "về", "tại", "cùng", "được", "đã", "là", "làm", "xem", "hoàn", "chỉ", "bám", "sớm", "chịu", "quyết", "đẩy",
            "cập", "lập", "cho", "gửi", "thông", "nhận", "sau", "ban", "bảo", "đánh", "xây", "phê", "đảm", "yêu", "giao",
            "nêu", "đồng", "khi", "vừa", "ngày");
    /** "hoá", "hoà" at a word's end: the old tone placement ("đoàn" is no such word). */
    private static final Pattern OLD_TONE = Pattern.compile("o[áàảãạ]$");
    private static final int LONGEST_NAME = 16;
    private static final int LOOKAHEAD = 8;

    private final AgencyMatcher known;
    private final NamedList lists;

    AgencyPhrases(AgencyMatcher known) {
        this.known = known;
        this.lists = new NamedList(this, name -> known.match(name).kind() != AgencyMatcher.Kind.NONE);
    }

    /** Knows the bodies in {@code agency-names.txt} and {@code others} (the register's agencies). */
    static AgencyPhrases with(List<Agency> others) {
        AgencyMatcher matcher = new AgencyMatcher(others);
        long id = -1;
        for (String name : builtInNames()) {
            // The register's own agency wins: a second id for the same name would make it ambiguous.
            if (matcher.match(name).kind() == AgencyMatcher.Kind.NONE) {
                matcher.add(new Agency(id--, name, List.of()));
            }
        }
        return new AgencyPhrases(matcher);
    }

    static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AgencyPhrases.class.getResourceAsStream("agency-names.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Whether the whole line names one agency (trailing punctuation aside). */
    boolean isAgency(String line) {
        String text = line.strip().replaceAll("[\\s.,;:]+$", "");
        return at(text, 0).filter(f -> f.start() <= 0 || text.substring(0, f.start()).isBlank())
                .filter(f -> f.end() >= text.length()).isPresent();
    }

    /**
     * The agencies named from {@code from} on, one after another, separated by ",", ";", "và", "&" or "cùng"; a plural
     * head with bare names after a colon ("các Sở: Tài chính, Xây dựng") gives each of them ({@link NamedList}).
     */
    List<Found> listAt(String text, int from) {
        List<Found> found = new ArrayList<>();
        int position = from;
        while (true) {
            Optional<Found> next = at(text, position);
            if (next.isEmpty()) {
                break;
            }
            List<Found> named = next.get().generic() ? lists.after(text, next.get()) : List.of();
            if (named.isEmpty()) {
                found.add(next.get());
            } else {
                found.addAll(named);
            }
            int end = found.get(found.size() - 1).end();
            Matcher separator = Pattern.compile("\\G\\s*(?:[,;&]|\\s(?:và|cùng|với)\\s)\\s*").matcher(text);
            if (!separator.find(end) || at(text, separator.end()).isEmpty()) {
                break;
            }
            position = separator.end();
        }
        return found;
    }

    /** Whether the colon at {@code colon} of {@code text} opens a list of bare names, not a new sentence. */
    boolean listsAt(String text, int colon) {
        return lists.listsAt(text, colon);
    }

    /** The agency whose name starts at {@code from} (after spaces and a title), if any. */
    Optional<Found> at(String text, int from) {
        List<int[]> tokens = tokens(text, from);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int first = skipTitle(text, tokens);
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        List<int[]> words = tokens.subList(first, tokens.size());
        String firstWord = word(text, words.get(0));
        if (firstWord.equals("các")) {
            return generic(text, words, 0);
        }
        int head = headLength(text, words);
        if (head == 0 || !startsUpper(text, words.get(0))) {
            return Optional.empty();
        }
        if (words.size() > head && Set.of("các", "cấp").contains(word(text, words.get(head)))) {
            return generic(text, words, 0);
        }
        // "UBND huyện, thị xã, thành phố": one level after another is every body of those levels.
        if (words.size() > head + 2 && unitLength(text, words, head) > 0 && word(text, words.get(head + 1)).equals(",")
                && unitLength(text, words, head + 2) > 0) {
            return generic(text, words, 0);
        }
        if (WEAK_HEADS.contains(headWords(text, words, head)) && words.size() > head
                && !startsUpper(text, words.get(head)) && !text.substring(words.get(head)[0], words.get(head)[1]).contains("&")) {
            return Optional.empty();
        }
        Optional<Found> knownName = longestKnown(text, words, head);
        if (knownName.isPresent()) {
            return knownName.map(found -> withPlace(text, words, found));
        }
        return byCapitals(text, words, head);
    }

    private Optional<Found> longestKnown(String text, List<int[]> words, int head) {
        for (int n = Math.min(words.size(), LONGEST_NAME); n >= head; n--) {
            int[] last = words.get(n - 1);
            if (!isWord(text, last) || Set.of("và", "&", "các", "với").contains(word(text, last))) {
                continue;
            }
            String candidate = text.substring(words.get(0)[0], last[1]);
            AgencyMatcher.Kind kind = known.match(candidate).kind();
            if (kind != AgencyMatcher.Kind.NONE) { // ambiguous initials are still a name; which agency is the importer's call
                return Optional.of(new Found(candidate, words.get(0)[0], last[1], false));
            }
        }
        return Optional.empty();
    }

    private static String headWords(String text, List<int[]> words, int head) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < head; i++) {
            joined.append(i == 0 ? "" : " ").append(word(text, words.get(i)));
        }
        return joined.toString();
    }

    /** A known name followed by a place in capitals ("Ban quản lý Khu kinh tế Đông Nam") takes the place along. */
    private static Found withPlace(String text, List<int[]> words, Found found) {
        int end = found.end();
        for (int[] token : words) {
            if (token[0] < found.end()) {
                continue;
            }
            if (!isWord(text, token) || !startsUpper(text, token) || headLength(text, List.of(token)) > 0) {
                break;
            }
            end = token[1];
        }
        return new Found(text.substring(found.start(), end), found.start(), end, false);
    }

    private static Optional<Found> byCapitals(String text, List<int[]> words, int head) {
        int end = head;
        while (end < words.size()) {
            int[] token = words.get(end);
            if (!isWord(text, token)) {
                break;
            }
            String raw = text.substring(token[0], token[1]);
            String lower = raw.toLowerCase(Locale.ROOT);
            if (startsUpper(text, token) || raw.contains("&")) {
                end++;
            } else if ((lower.equals("và") || lower.equals("&")) && end + 1 < words.size() && startsUpper(text, words.get(end + 1))
                    && headLength(text, words.subList(end + 1, words.size())) == 0
                    && skipTitle(text, words.subList(end + 1, words.size())) == 0) {
                end += 2;
            } else if (LEVEL_WORDS.contains(lower)) {
                end++;
            } else {
                int capital = lookahead(text, words, end);
                if (capital < 0) {
                    break;
                }
                end = capital + 1;
            }
        }
        boolean abbreviated = head == 1 && end == 1 && word(text, words.get(0)).length() > 1
                && text.substring(words.get(0)[0], words.get(0)[1]).chars().filter(Character::isUpperCase).count() > 1;
        if (end == head && !abbreviated) {
            return Optional.empty();
        }
        return Optional.of(new Found(text.substring(words.get(0)[0], words.get(end - 1)[1]), words.get(0)[0],
                words.get(end - 1)[1], false));
    }

    /** Lower-case words inside a name ("Ban QLDA đầu tư xây dựng các công trình Nông nghiệp"): the capital after them. */
    private static int lookahead(String text, List<int[]> words, int from) {
        for (int i = from; i < words.size() && i < from + LOOKAHEAD; i++) {
            int[] token = words.get(i);
            if (!isWord(text, token)) {
                return -1;
            }
            if (startsUpper(text, token)) {
                return headLength(text, words.subList(i, words.size())) > 0 ? -1 : i;
            }
            if (STOP_WORDS.contains(word(text, token)) || Character.isDigit(text.charAt(token[0]))) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<Found> generic(String text, List<int[]> words, int start) {
        int i = start;
        int end = -1;
        boolean units = false;
        while (i < words.size()) {
            int[] token = words.get(i);
            String w = word(text, token);
            if ((w.equals(",") || w.equals("và") || w.equals("/")) && end >= 0) {
                // "…, các chủ đầu tư": a new addressee starts, the list is split there.
                if (i + 1 < words.size() && word(text, words.get(i + 1)).equals("các") && units) {
                    break;
                }
                // "…, UBND huyện, thị xã": the Committees are an addressee of their own.
                if (i + 1 < words.size() && units && startsUpper(text, words.get(i + 1))
                        && Set.of("ubnd", "ủy").contains(word(text, words.get(i + 1)))) {
                    break;
                }
                int unit = unitLength(text, words, i + 1);
                if (unit == 0) {
                    break;
                }
                i += 1;
                continue;
            }
            int unit = unitLength(text, words, i);
            if (unit == 0) {
                break;
            }
            if (!w.equals("các")) {
                units = true;
            }
            i += unit;
            end = i;
        }
        if (!units) {
            return Optional.empty();
        }
        return Optional.of(new Found(text.substring(words.get(start)[0], words.get(end - 1)[1]), words.get(start)[0],
                words.get(end - 1)[1], true));
    }

    private static int unitLength(String text, List<int[]> words, int at) {
        for (String unit : GENERIC_UNITS) {
            String[] parts = unit.split(" ");
            if (at + parts.length > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < parts.length && matches; k++) {
                matches = word(text, words.get(at + k)).equals(parts[k]);
            }
            if (matches) {
                return parts.length;
            }
        }
        return 0;
    }

    private static int skipTitle(String text, List<int[]> tokens) {
        for (String title : TITLES) {
            String[] parts = title.split(" ");
            if (parts.length >= tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < parts.length && matches; k++) {
                matches = word(text, tokens.get(k)).equals(parts[k]);
            }
            if (matches) {
                return parts.length;
            }
        }
        return 0;
    }

    private static int headLength(String text, List<int[]> words) {
        for (String head : HEADS) {
            String[] parts = head.split(" ");
            if (parts.length > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < parts.length && matches; k++) {
                matches = word(text, words.get(k)).equals(parts[k]);
            }
            if (matches) {
                return parts.length;
            }
        }
        return 0;
    }

    /** Tokens from {@code from} up to a full stop, colon or bracket; each as {start, end}. */
    private static List<int[]> tokens(String text, int from) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int position = from;
        while (m.find(position) && tokens.size() < 40) {
            String token = m.group();
            if (token.equals(".") || token.equals(":") || token.equals("(") || token.equals(")")) {
                break;
            }
            tokens.add(new int[] {m.start(), m.end()});
            position = m.end();
        }
        return tokens;
    }

    /** A token in lower case with the old tone placement made new ("Uỷ" → "ủy", "hoá" → "hóa"). */
    static String word(String text, int[] token) {
        String word = text.substring(token[0], token[1]).toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        return OLD_TONE.matcher(word).find() ? word.replace("oá", "óa").replace("oà", "òa").replace("oả", "ỏa")
                .replace("oã", "õa").replace("oạ", "ọa") : word;
    }

    private static boolean isWord(String text, int[] token) {
        return Character.isLetterOrDigit(text.charAt(token[0])) || text.charAt(token[0]) == '&';
    }

    private static boolean startsUpper(String text, int[] token) {
        return Character.isUpperCase(text.codePointAt(token[0]));
    }
}
