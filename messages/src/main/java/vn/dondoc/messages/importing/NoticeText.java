package vn.dondoc.messages.importing;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.notice.NoticeImport;
import vn.dondoc.scheduler.notice.NoticeTask;

/**
 * What a notice in prose assigns, one task a line (its line in the file, lead agencies, task, deadline phrase and the
 * dates it means) and the cooperating agencies under it. {@code import} prints these lines before its summary; the
 * bot sends the same lines as the preview of a notice the office sent, and the console shows the same parts per row.
 */
public final class NoticeText {

    /** A value from the file echoed in the listing: long cells are cut, the listing stays readable. */
    static final int ECHO_LIMIT = 200;

    private final Texts texts;

    public NoticeText(Texts texts) {
        this.texts = texts;
    }

    /** The listing as plain lines; {@code fileName} is the file as its sender named it. */
    public List<String> lines(NoticeImport.Reading reading, String fileName) {
        List<String> out = new ArrayList<>();
        out.add(texts.get("import.notice.found", fileName, reading.tasks().size()));
        for (NoticeImport.Read read : reading.tasks()) {
            NoticeTask task = read.task();
            out.add(texts.get("import.notice.task", task.line(), clip(leads(task)), clip(task.task()), deadline(read)));
            if (!task.cooperating().isEmpty()) {
                out.add(texts.get("import.notice.cooperating", clip(String.join("; ", task.cooperating()))));
            }
        }
        return out;
    }

    /** The same lines as Telegram HTML: everything from the file is escaped. */
    public String html(NoticeImport.Reading reading, String fileName) {
        return Html.escape(String.join("\n", lines(reading, fileName)));
    }

    /** The lead agencies as one field shows them, separated by "; ". */
    public static String leads(NoticeTask task) {
        return String.join("; ", task.leads());
    }

    /** The deadline: "không có" when the text gives none, the phrase and its dates, or the phrase not understood. */
    public String deadline(NoticeImport.Read read) {
        String phrase = read.task().deadlinePhrase();
        Deadline deadline = read.deadline();
        if (phrase == null) {
            return texts.get("import.notice.none");
        }
        if (deadline.dates().isEmpty()) {
            return texts.get("import.notice.unparsed", clip(phrase));
        }
        return texts.get("import.notice.dates", clip(phrase),
                String.join(", ", deadline.dates().stream().map(Formats::date).toList()));
    }

    private static String clip(String text) {
        return Formats.clip(text, ECHO_LIMIT);
    }
}
