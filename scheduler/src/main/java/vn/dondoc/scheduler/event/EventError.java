package vn.dondoc.scheduler.event;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why an event cannot be dated; the sentences are in the errors bundles of {@code messages/}. */
public enum EventError implements ErrorCode {
    /** {0} the event as the office wrote it. */
    UNKNOWN("event.unknown"),
    /** {0} the event as the office wrote it. */
    BLANK("event.blank");

    private final String key;

    EventError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
