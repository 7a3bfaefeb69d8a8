package vn.dondoc.bot.freetext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "đã xong nhiệm vụ 47", "xong 47 rồi ạ", "nv 47 đã hoàn thành, đã trình UBND tỉnh": the words after a comma are the note. */
final class DoneRule implements ReportRule {

    private static final Pattern DONE = Pattern.compile(
            "(?<!\\p{L})(?:xong|hoan thanh|hoan tat|da lam xong|done|ket thuc|da thuc hien)(?!\\p{L})");
    private static final Pattern SEPARATOR = Pattern.compile("[,;:]|\\s[-–—]\\s");

    @Override
    public Optional<FreeReport> read(Sentence sentence) {
        Matcher done = DONE.matcher(sentence.folded);
        if (!done.find() || ReportRule.negated(sentence, done.start())) {
            return Optional.empty();
        }
        Matcher separator = SEPARATOR.matcher(sentence.folded);
        int headEnd = separator.find(done.end()) ? separator.start() : sentence.length();
        Long task = sentence.task(0, headEnd);
        String note = sentence.note(headEnd, sentence.length());
        if (task == null && headEnd < sentence.length()) {
            // "đã xong rồi ạ, nhiệm vụ 47": the number came after the comma, so there is no note.
            task = sentence.task(headEnd, sentence.length());
            note = null;
        }
        if (task != null && task < 0) {
            return Optional.of(new FreeReport.Unplaced(FreeReport.Kind.DONE, null));
        }
        return Optional.of(new FreeReport.Done(task, note));
    }
}
