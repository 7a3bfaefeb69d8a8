package vn.dondoc.scheduler.digest;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why a digest pass does not run; the sentences are in the errors bundles of {@code messages/}. */
public enum DigestError implements ErrorCode {
    /** Another digest pass holds the register's lock. */
    BUSY("digest.busy");

    private final String key;

    DigestError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
