package vn.dondoc.bot.freetext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "nv 12 đạt 60%", "47 đang làm được 70%, chờ Sở Tài chính": a percent makes it progress; what follows is the note. */
final class ProgressRule implements ReportRule {

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3})\\s*(?:%|phan tram(?!\\p{L}))");
    private static final Pattern SEPARATOR = Pattern.compile("[,;:]|\\s[-–—]\\s");

    @Override
    public Optional<FreeReport> read(Sentence sentence) {
        Matcher percent = PERCENT.matcher(sentence.folded);
        if (!percent.find() || ReportRule.negated(sentence, percent.start())) {
            return Optional.empty();
        }
        int value = Integer.parseInt(percent.group(1));
        Long task = sentence.task(0, percent.start());
        int noteFrom = percent.end();
        if (task == null) {
            // "đạt 60% nhiệm vụ 12, …": the task after the figure, the note after the next comma.
            Matcher separator = SEPARATOR.matcher(sentence.folded);
            int headEnd = separator.find(percent.end()) ? separator.start() : sentence.length();
            task = sentence.task(percent.end(), headEnd);
            if (task != null) {
                noteFrom = headEnd;
            }
        }
        if (value > 100 || (task != null && task < 0)) {
            return Optional.of(new FreeReport.Unplaced(FreeReport.Kind.PROGRESS, task != null && task < 0 ? null : task));
        }
        return Optional.of(new FreeReport.Progress(task, value, sentence.note(noteFrom, sentence.length())));
    }
}
