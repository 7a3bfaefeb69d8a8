package vn.dondoc.scheduler.notice;

import java.util.List;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A heading that names agencies and ends with a colon ("- Sở Công Thương:", "1. Thủ trưởng các Sở, Ban, ngành theo chức
 * năng, nhiệm vụ được giao …:") makes the deeper items under it ("+ …" under "-", "- …" under "1.") tasks of those
 * agencies; the next item at the heading's level or above ends it. An item with its own subject is read by the other
 * rules; {@link ContinuationRule} takes the items without.
 */
final class BulletRule implements SentenceRule {

    private final AgencyPhrases phrases;

    BulletRule(AgencyPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public boolean read(Sentence sentence, Reading reading) {
        if (sentence.level() <= reading.headingLevel) {
            reading.heading = List.of();
            reading.headingLevel = -1;
        }
        String text = sentence.text().strip();
        if (!text.endsWith(":")) {
            return false;
        }
        List<AgencyPhrases.Found> found = phrases.listAt(text, 0);
        List<String> names = found.stream().map(AgencyPhrases.Found::name).toList();
        if (names.isEmpty() || NotTasks.isAssigner(names) || NotTasks.isEveryone(names)) {
            return false;
        }
        // Only the addressees before the colon, perhaps "theo chức năng, nhiệm vụ … căn cứ …" or "… các nhiệm vụ sau":
        // "Sở Nội vụ … triển khai 02 Đề án: Đề án …" is a task that lists, not a heading.
        String rest = VietnameseText.fold(Roles.withoutFiller(text.substring(found.get(found.size() - 1).end(), text.length() - 1))).strip();
        if (!rest.isEmpty() && !rest.startsWith("can cu") && !rest.endsWith(" sau")) {
            return false;
        }
        reading.heading = names;
        reading.headingLevel = sentence.level();
        reading.previous = List.of();
        return true;
    }
}
