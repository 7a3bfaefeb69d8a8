package vn.dondoc.scheduler.error;

/**
 * What went wrong, as a code: the key of its sentence in the errors bundles of {@code messages/}
 * ({@code errors_vi.properties}, {@code errors_en.properties}). Each feature keeps its own enum of codes.
 */
public interface ErrorCode {

    /** The bundle key, e.g. {@code task.notFound}. */
    String key();
}
