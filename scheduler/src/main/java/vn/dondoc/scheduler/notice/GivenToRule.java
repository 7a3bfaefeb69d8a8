package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Giao Sở X chủ trì, phối hợp với Sở Y …", "Đề nghị Sở X …", "yêu cầu Giám đốc Sở X và Thủ trưởng các đơn vị …". */
final class GivenToRule implements SentenceRule {

    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:giao(?:\\s+cho)?|đề\\s+nghị|yêu\\s+cầu)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final AgencyPhrases phrases;

    GivenToRule(AgencyPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public boolean read(Sentence sentence, Reading reading) {
        Matcher verb = VERB.matcher(sentence.text());
        while (verb.find()) {
            List<AgencyPhrases.Found> leads = phrases.listAt(sentence.text(), verb.end());
            if (leads.isEmpty()) {
                continue;
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
            if (task.isEmpty()) {
                return false;
            }
            reading.add(sentence, new ArrayList<>(List.of(task.get())));
            return true;
        }
        return false;
    }
}
