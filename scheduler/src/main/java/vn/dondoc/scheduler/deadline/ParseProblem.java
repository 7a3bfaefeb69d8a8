package vn.dondoc.scheduler.deadline;

import vn.dondoc.scheduler.error.Problem;

/**
 * Why a phrase is UNPARSED. Thrown from deep inside the scanner and assembler and caught once in
 * {@link DeadlinePhrases#parse}; its {@link Problem} is what office staff read, in their language.
 */
final class ParseProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ParseProblem(DeadlineError code, Object... args) {
        // No stack trace: this is an answer, not a failure.
        super(code.key(), null, false, false);
        this.problem = Problem.of(code, args);
    }

    Problem problem() {
        return problem;
    }
}
