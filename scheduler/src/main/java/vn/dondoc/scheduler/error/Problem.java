package vn.dondoc.scheduler.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something a person should read that is not a refused call: a row an import kept out, a deadline phrase not
 * understood. A code and its arguments like a {@link DondocException}, rendered by {@code messages/} in the
 * reader's language. An argument may itself be a {@code Problem} (a refusal quoting a row's reason).
 */
public record Problem(ErrorCode code, List<Object> args) {

    public Problem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Problem of(ErrorCode code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }
}
