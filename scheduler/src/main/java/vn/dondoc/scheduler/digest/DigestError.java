package vn.dondoc.scheduler.digest;

import vn.dondoc.scheduler.error.ErrorCode;

/** What a digest pass refuses, as codes the messages module words. */
public enum DigestError implements ErrorCode {

    /** Another digest pass (run or digest) holds the register's digest lock. */
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
