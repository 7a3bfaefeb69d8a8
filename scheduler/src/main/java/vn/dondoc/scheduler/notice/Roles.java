package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows the addressees: "chủ trì", "phối hợp (với) …" and then the task. Shared by the rules that found
 * the addressees. The task is trimmed: the deadline phrase goes into its own field, a dangling "hoàn thành" and
 * the closing "./." go.
 */
final class Roles {

    private static final Pattern LEADS_ROLE = Pattern.compile("^[\\s,:]*(?:(?:làm\\s+|chịu\\s+trách\\s+nhiệm\\s+)?chủ\\s+trì|là\\s+cơ\\s+quan\\s+chủ\\s+trì)[\\s,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COOPERATES = Pattern.compile("^[\\s,:]*(?:cùng\\s+)?phối\\s+hợp(?:\\s+(?:với|cùng))?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FILLER = Pattern.compile("^[\\s,:]*(?:theo|căn cứ)\\s+chức\\s+năng,\\s*nhiệm\\s+vụ(?:\\s+được\\s+giao)?[\\s,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DANGLING = Pattern.compile("(?:[\\s,;:]*(?:để\\s+)?(?:hoàn\\s+thành|thời\\s+gian|thời\\s+hạn))?[\\s,;:.\\-/]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Roles() {
    }

    /** The task after the addressees of {@code sentence} ending at {@code end}, or empty when no action follows. */
    static Optional<NoticeTask> task(AgencyPhrases phrases, Sentence sentence, List<AgencyPhrases.Found> leads, int end) {
        String text = sentence.text();
        String rest = text.substring(end);
        rest = FILLER.matcher(rest).replaceFirst("");
        Matcher lead = LEADS_ROLE.matcher(rest);
        if (lead.find()) {
            rest = rest.substring(lead.end());
        }
        List<String> cooperating = new ArrayList<>();
        Matcher cooperate = COOPERATES.matcher(rest);
        if (cooperate.find()) {
            List<AgencyPhrases.Found> with = phrases.listAt(rest, cooperate.end());
            if (!with.isEmpty()) {
                with.forEach(f -> cooperating.add(f.name()));
                rest = rest.substring(with.get(with.size() - 1).end());
            } else {
                rest = rest.substring(cooperate.end());
            }
        }
        rest = rest.replaceFirst("^[\\s,:]+", "");
        Optional<String> deadline = Optional.empty();
        Optional<DeadlineMentions.Mention> mention = DeadlineMentions.find(rest);
        if (mention.isPresent()) {
            deadline = Optional.of(mention.get().phrase());
            rest = rest.substring(0, mention.get().start()) + " " + rest.substring(mention.get().end());
        }
        String task = trim(rest);
        if (task.isEmpty() || !Character.isLowerCase(task.codePointAt(0)) || NotTasks.isClosing(task)) {
            return Optional.empty();
        }
        List<String> names = leads.stream().map(AgencyPhrases.Found::name).toList();
        return Optional.of(new NoticeTask(sentence.line(), names, cooperating, task, deadline.orElse(null)));
    }

    /** The text without a leading "theo chức năng, nhiệm vụ (được giao)". */
    static String withoutFiller(String text) {
        return FILLER.matcher(text).replaceFirst("");
    }

    static String trim(String text) {
        String task = text.replaceAll("\\s+", " ").replaceAll("\\s+([,;.])", "$1").strip();
        task = task.replaceAll("\\./\\.$", "").replaceAll("[\\s,;:.]+$", "");
        return DANGLING.matcher(task).replaceFirst("").replaceAll("[\\s,;:]+$", "").strip();
    }
}
