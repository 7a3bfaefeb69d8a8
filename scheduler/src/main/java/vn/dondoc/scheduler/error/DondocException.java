package vn.dondoc.scheduler.error;

import java.util.Arrays;
import java.util.List;

/**
 * Something dondoc refuses or cannot do, said as a code and its arguments, never as a sentence: the
 * {@code messages/} module renders it in the reader's language (DONDOC_LANG). {@link #getMessage()} is for
 * logs only. The kind tells a command's exit status: bad input is 2, the rest 1.
 */
public class DondocException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The person asked for something that cannot be done as asked: exit status 2. */
        BAD_INPUT,
        /** The register (or another resource) cannot be used: exit status 1. */
        UNAVAILABLE,
        /** Someone else is doing the same on the same register: try again later. */
        BUSY
    }

    private final transient ErrorCode code;
    private final transient List<Object> args;
    private final Kind kind;

    public DondocException(ErrorCode code, Object... args) {
        this(Kind.BAD_INPUT, code, null, args);
    }

    public DondocException(Kind kind, ErrorCode code, Throwable cause, Object... args) {
        super(code.key() + " " + Arrays.toString(args), cause);
        this.kind = kind;
        this.code = code;
        this.args = List.copyOf(Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public Kind kind() {
        return kind;
    }

    /** The code and its arguments, to keep or to hand on (an import refusal quotes it). */
    public Problem problem() {
        return new Problem(code, args);
    }
}
