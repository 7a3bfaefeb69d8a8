package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.Grammar.Hit;

/**
 * Reads what a document calls a milestone: "30/6/2024 (sơ kết), 31/12/2024 (tổng kết)" in brackets after it, or
 * "sơ kết 6 tháng và tổng kết năm" before it; and "và các năm tiếp theo" after a period. A label carries no date:
 * the assembler puts it on the milestone next to it, or drops it, as the filler it used to be.
 */
final class LabelTerms {

    /** The names of milestones; add one here to teach a new label. */
    private static final String NAMES = "(?:so ket|tong ket|giua ky|cuoi ky|dot \\d{1,2}|lan \\d{1,2}|giai doan \\d{1,2})";
    private static final Pattern IN_BRACKETS = Pattern.compile("\\(\\s*(" + NAMES + "(?: [\\p{L}\\d]+){0,3}?)\\s*\\)");
    private static final Pattern BEFORE = Pattern.compile("(so ket|tong ket)" + END);
    private static final Pattern YEARS_AFTER =
            Pattern.compile("(?:cac|nhung) nam (?:tiep theo|sau do|sau|ke tiep)" + END);

    private final NormalizedPhrase phrase;
    private final String text;

    LabelTerms(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    /** The label at {@code p}, or null. */
    Hit read(int p) {
        Matcher m = Grammar.match(IN_BRACKETS, text, p);
        if (m != null) {
            return new Hit(new Term.Label(phrase.quote(m.start(1), m.end(1)), true), m.end());
        }
        m = Grammar.match(BEFORE, text, p);
        if (m != null) {
            return new Hit(new Term.Label(phrase.quote(m.start(1), m.end(1)), false), m.end());
        }
        m = Grammar.match(YEARS_AFTER, text, p);
        return m == null ? null : new Hit(new Term.YearsAfter(), m.end());
    }
}
