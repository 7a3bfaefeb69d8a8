package vn.dondoc.scheduler.notice;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why a notice cannot be read; the sentences are in the errors bundles of {@code messages/}. */
public enum NoticeError implements ErrorCode {
    /** {0} the file's extension. */
    UNSUPPORTED_KIND("notice.unsupportedKind"),
    CANNOT_OPEN("notice.cannotOpen"),
    /** The file was read but no sentence gives anyone a task. */
    NO_TASKS("notice.noTasks"),
    /** The office dropped every task of the notice before saving. */
    NOTHING_KEPT("notice.nothingKept"),
    /** {0} the line of the task, {1} the lead agency the office wrote, which names no agency of the register. */
    UNKNOWN_AGENCY("notice.unknownAgency");

    private final String key;

    NoticeError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
