package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules know while they go through a notice: the tasks found so far, the tasks of the sentence before
 * (a sentence without a subject continues them, within their paragraph), and the agency of the heading the "+"
 * bullets stand under.
 */
final class Reading {

    final List<NoticeTask> tasks = new ArrayList<>();
    /** Indexes in {@link #tasks} of the last sentence that gave tasks, and its paragraph. */
    List<Integer> previous = List.of();
    int previousParagraph = -1;
    /** The agencies of a heading "- Sở Công Thương:", for the deeper items under it ("+ …"), and the heading's level. */
    List<String> heading = List.of();
    int headingLevel = -1;

    /** Whether the sentence is an item under the current heading. */
    boolean underHeading(Sentence sentence) {
        return !heading.isEmpty() && sentence.level() > headingLevel;
    }

    void add(Sentence sentence, List<NoticeTask> found) {
        List<Integer> indexes = new ArrayList<>();
        for (NoticeTask task : found) {
            indexes.add(tasks.size());
            tasks.add(task);
        }
        previous = indexes;
        previousParagraph = sentence.paragraph();
    }

    /** The tasks of the sentence before, if it was in the same paragraph (or a bullet under the same heading). */
    List<NoticeTask> before(Sentence sentence) {
        if (previousParagraph != sentence.paragraph()) {
            return List.of();
        }
        return previous.stream().map(tasks::get).toList();
    }

    void replace(int indexInPrevious, NoticeTask task) {
        tasks.set(previous.get(indexInPrevious), task);
    }
}
