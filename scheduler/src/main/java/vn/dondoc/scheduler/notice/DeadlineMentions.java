package vn.dondoc.scheduler.notice;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence says by when: "trước ngày 31/01/2024", "trước 14 giờ, ngày 05/12/2017", "trong tháng 3/2024",
 * "trong quý I năm 2024", "trong năm 2018", "trong 10 ngày làm việc", "trước Tết Nguyên đán", "thường xuyên". The
 * phrase goes to the deadline engine as it is (an hour of the day is dropped: dondoc keeps days); a reference such
 * as "Nghị quyết số 61/2023/NQ-HĐND ngày 07/12/2023" is no deadline, for no "trước"/"trong" stands before it.
 * A new way of writing a deadline is one more pattern here.
 */
final class DeadlineMentions {

    /** The phrase for the engine and where it stands in the sentence. */
    record Mention(String phrase, int start, int end) {
    }

    private static final String DATE = "\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{2,4})?";
    private static final String HOUR = "(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s*(?:\\(?\\s*)?)";
    /** A period ("trong tháng 12/2023") is a deadline only where the clause ends, not inside a description. */
    private static final String CLAUSE_END = "(?=\\s*(?:\\([^)]*\\)\\s*)?(?:[.;]|$|,\\s*(?:báo cáo|trình|gửi)))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> PATTERNS = List.of(
            // An hour before the day: the hour goes, "trước ngày D" stays.
            Pattern.compile("(trước|chậm nhất(?: là| vào)?|hạn chót)\\s+" + HOUR + "(?:ngày\\s+)(" + DATE + ")", FLAGS),
            Pattern.compile("(?:trước|chậm nhất(?: là| vào)?|hạn chót|xong trước|trong)\\s+(?:ngày\\s+)?" + DATE + "(?:\\s+năm\\s+\\d{4})?", FLAGS),
            Pattern.compile("(?:trước|chậm nhất(?: là| vào)?)\\s+ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?", FLAGS),
            Pattern.compile("trước\\s+(?:tháng|quý)\\s+(?:\\d{1,2}|[IV]{1,3}|[\\p{L}]+)(?:\\s*(?:/|năm)\\s*\\d{4})?", FLAGS),
            Pattern.compile("trong\\s+(?:tháng|quý)\\s+(?:\\d{1,2}|[IV]{1,3}|[\\p{L}]+)(?:\\s*(?:/|năm)\\s*\\d{4})?" + CLAUSE_END, FLAGS),
            Pattern.compile("(?:trước|cuối)\\s+năm\\s+\\d{4}", FLAGS),
            Pattern.compile("trong\\s+năm\\s+\\d{4}" + CLAUSE_END, FLAGS),
            Pattern.compile("trong\\s+(?:vòng\\s+)?\\d{1,3}\\s+ngày(?:\\s+làm\\s+việc)?", FLAGS),
            Pattern.compile("(?:trước|ngay sau|sau)\\s+Tết(?:\\s+(?:Nguyên đán|Dương lịch))?(?:\\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\\s+\\p{L}+)?(?:\\s+\\d{4})?", FLAGS),
            Pattern.compile("trước\\s+kỳ\\s+họp[^,;.]*", FLAGS),
            Pattern.compile("(?:định kỳ\\s+)?(?:hằng|hàng)\\s+(?:tháng|quý|năm)|thường xuyên", FLAGS));

    private DeadlineMentions() {
    }

    /** The first deadline in {@code sentence}, if it has one. */
    static Optional<Mention> find(String sentence) {
        Mention best = null;
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(sentence);
            if (m.find() && (best == null || m.start() < best.start())) {
                String phrase = i == 0 ? m.group(1) + " ngày " + m.group(2) : m.group();
                best = new Mention(phrase.replaceAll("\\s+", " ").strip(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }
}
