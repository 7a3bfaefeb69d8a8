package vn.dondoc.scheduler.notice;

import java.util.List;

/**
 * One assignment a notice makes: who leads (generic addressees such as "các sở, ngành" kept as written), who
 * cooperates, the task trimmed to its action, the deadline phrase as written ({@code null} when the text gives
 * none), and the line of the file it came from.
 */
public record NoticeTask(int line, List<String> leads, List<String> cooperating, String task, String deadlinePhrase) {

    public NoticeTask {
        leads = List.copyOf(leads);
        cooperating = List.copyOf(cooperating);
    }

    NoticeTask withDeadline(String phrase) {
        return new NoticeTask(line, leads, cooperating, task, phrase);
    }
}
