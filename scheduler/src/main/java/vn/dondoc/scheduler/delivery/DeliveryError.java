package vn.dondoc.scheduler.delivery;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why nothing can be delivered at all (not one message's failure, which is a {@link DeliveryResult}). */
public enum DeliveryError implements ErrorCode {
    /** {0} where the messaging service was expected, {1} what it answered. */
    UNREACHABLE("delivery.unreachable");

    private final String key;

    DeliveryError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
