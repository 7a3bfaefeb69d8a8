package vn.dondoc.scheduler.notice;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why a notice cannot be read; the sentences are in the errors bundles of {@code messages/}. */
public enum NoticeError implements ErrorCode {
    /** {0} the file's extension. */
    UNSUPPORTED_KIND("notice.unsupportedKind"),
    CANNOT_OPEN("notice.cannotOpen"),
    /** The file was read but no sentence gives anyone a task. */
    NO_TASKS("notice.noTasks");

    private final String key;

    NoticeError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
