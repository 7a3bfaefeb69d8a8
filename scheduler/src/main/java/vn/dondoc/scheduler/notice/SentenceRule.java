package vn.dondoc.scheduler.notice;

/**
 * One way a notice assigns a task. {@link NoticeReader} asks the rules in order; the first that takes the sentence
 * wins. A new way of writing an assignment is one more class.
 */
interface SentenceRule {

    /** Reads {@code sentence} into {@code reading} and says so, or leaves both alone and returns false. */
    boolean read(Sentence sentence, Reading reading);
}
