package vn.dondoc.scheduler.notice;

import java.util.List;

/**
 * A heading "- Sở Công Thương:" makes the "+" bullets under it tasks of that agency; the next "-" item or numbered
 * heading ends it. A bullet with its own subject is read by the other rules; this one takes the bullets without.
 */
final class BulletRule implements SentenceRule {

    private final AgencyPhrases phrases;

    BulletRule(AgencyPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public boolean read(Sentence sentence, Reading reading) {
        String text = sentence.text().strip();
        if (text.endsWith(":") && phrases.isAgency(text.substring(0, text.length() - 1))) {
            reading.heading = phrases.listAt(text, 0).stream().map(AgencyPhrases.Found::name).toList();
            reading.previous = List.of();
            return true;
        }
        if (sentence.item()) {
            reading.heading = List.of();
        }
        return false;
    }
}
