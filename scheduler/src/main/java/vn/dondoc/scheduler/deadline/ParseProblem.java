package vn.dondoc.scheduler.deadline;

/**
 * Why a phrase is UNPARSED. Thrown from deep inside the scanner and assembler and caught once in
 * {@link DeadlinePhrases#parse}; the message is the Vietnamese sentence shown to office staff.
 */
final class ParseProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ParseProblem(String sentence) {
        // No stack trace: this is an answer, not a failure.
        super(sentence, null, false, false);
    }
}
