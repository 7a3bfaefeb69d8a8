package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.Grammar.Hit;

/**
 * Reads events whose date the document does not give: "trước kỳ họp HĐND tỉnh cuối năm", "trình kỳ họp thứ 18
 * HĐND tỉnh", "trước Hội nghị tổng kết". The event runs from its head word to the end of the clause, dates and all
 * ("cuối năm" names the session, it is not 31/12), and is named as written.
 */
final class EventTerms {

    /** The words an event's name starts with; add one here to teach a new kind of event. */
    private static final Pattern HEAD =
            Pattern.compile("(?:tai )?((?:ky hop|phien hop|hoi nghi|dai hoi|hoi thao|le ky niem)" + END + ")");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;()]|\\.(?= |$)");

    private final NormalizedPhrase phrase;
    private final String text;

    EventTerms(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    /** The event at {@code p}, or null. */
    Hit read(int p) {
        Matcher head = Grammar.match(HEAD, text, p);
        if (head == null) {
            return null;
        }
        int name = head.start(1); // "tại kỳ họp …": the event is "kỳ họp …"
        Matcher stop = CLAUSE_END.matcher(text).region(p, text.length());
        int end = stop.find() ? stop.start() : text.length();
        while (end > p && text.charAt(end - 1) == ' ') {
            end--;
        }
        return new Hit(new Term.Event(phrase.quote(name, end)), end);
    }
}
