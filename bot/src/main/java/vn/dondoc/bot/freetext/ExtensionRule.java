package vn.dondoc.bot.freetext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "xin gia hạn nhiệm vụ 12 đến 15/4 vì chờ ý kiến Bộ", "xin lùi hạn 12 sang 30/4": the first date after the request
 * words is the new due date (its year may be left out); the reason follows "vì", "do", "để" or a comma.
 */
final class ExtensionRule implements ReportRule {

    private static final Pattern ASK = Pattern.compile("(?<!\\p{L})(?:gia han|gian han|lui han|lui thoi han|lui lai|keo dai(?: thoi)?(?: han)?"
            + "|doi han|dieu chinh han|hoan han|xin lui|xin them thoi gian)(?!\\p{L})");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}|\\d{2}))?(?![\\d/%])"
            + "|(?<!\\p{L})ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");
    private static final Pattern BECAUSE = Pattern.compile("(?<!\\p{L})(?:vi|do|de|ly do|li do|boi vi|tai vi)(?!\\p{L})\\s*:?");

    @Override
    public Optional<FreeReport> read(Sentence sentence) {
        Matcher ask = ASK.matcher(sentence.folded);
        if (!ask.find() || ReportRule.negated(sentence, ask.start())) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(sentence.folded);
        boolean dated = date.find(ask.end()) || date.find(0);
        Matcher because = BECAUSE.matcher(sentence.folded);
        int reasonAt = because.find(dated ? date.end() : ask.end()) ? because.start() : sentence.length();
        Long task = sentence.task(0, dated ? date.start() : reasonAt);
        if (task == null && dated) {
            task = sentence.task(date.end(), reasonAt);
        }
        if (!dated || (task != null && task < 0)) {
            return Optional.of(new FreeReport.Unplaced(FreeReport.Kind.EXTENSION, task != null && task < 0 ? null : task));
        }
        boolean words = date.group(1) == null;
        int day = Integer.parseInt(date.group(words ? 4 : 1));
        int month = Integer.parseInt(date.group(words ? 5 : 2));
        String yearText = date.group(words ? 6 : 3);
        Integer year = yearText == null ? null : yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
        String reason = reasonAt < sentence.length() ? sentence.note(because.end(), sentence.length())
                : sentence.note(date.end(), sentence.length());
        return Optional.of(new FreeReport.Extension(task, day, month, year, reason));
    }
}
