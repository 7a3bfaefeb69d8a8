package vn.dondoc.scheduler.notice;

import java.util.List;
import java.util.Optional;

/** "Sở X chủ trì, phối hợp với Sở Y … báo cáo UBND tỉnh trước ngày …": the addressees are the subject. */
final class SubjectRule implements SentenceRule {

    private final AgencyPhrases phrases;

    SubjectRule(AgencyPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public boolean read(Sentence sentence, Reading reading) {
        List<AgencyPhrases.Found> leads = phrases.listAt(sentence.text(), 0);
        if (leads.isEmpty() || !sentence.text().substring(0, leads.get(0).start()).isBlank() && !titleOnly(sentence, leads)) {
            return false;
        }
        List<String> names = leads.stream().map(AgencyPhrases.Found::name).toList();
        if (NotTasks.isEveryone(names)) {
            reading.add(sentence, List.of()); // an exhortation: read, and nothing goes on from it
            return true;
        }
        if (NotTasks.isAssigner(names)) {
            return false;
        }
        Optional<NoticeTask> task = Roles.task(phrases, sentence, leads, leads.get(leads.size() - 1).end());
        task.ifPresent(t -> reading.add(sentence, List.of(t)));
        return task.isPresent();
    }

    /** "Thủ trưởng các sở, …": only a title stands before the name. */
    private static boolean titleOnly(Sentence sentence, List<AgencyPhrases.Found> leads) {
        String before = sentence.text().substring(0, leads.get(0).start()).strip();
        return before.split("\\s+").length <= 3 && Character.isUpperCase(before.codePointAt(0));
    }
}
