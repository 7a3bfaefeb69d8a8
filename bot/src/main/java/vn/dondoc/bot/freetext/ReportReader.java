package vn.dondoc.bot.freetext;

import java.util.List;
import java.util.Optional;

/**
 * Reads a report written in words. Questions are never reports; otherwise the first rule that recognises the
 * sentence wins: an extension (its reason may hold a percent), then progress (a percent, even "hoàn thành 60%"),
 * then done. A new way of writing is a new rule in this list.
 */
public final class ReportReader {

    private static final List<ReportRule> RULES = List.of(new ExtensionRule(), new ProgressRule(), new DoneRule());

    private ReportReader() {
    }

    /** What {@code text} reports, or empty when it is not a report (chatter, thanks, a question). */
    public static Optional<FreeReport> read(String text) {
        Sentence sentence = Sentence.of(text);
        if (sentence.length() == 0 || Questions.asks(sentence)) {
            return Optional.empty();
        }
        for (ReportRule rule : RULES) {
            Optional<FreeReport> report = rule.read(sentence);
            if (report.isPresent()) {
                return report;
            }
        }
        return Optional.empty();
    }
}
