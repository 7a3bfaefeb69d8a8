package vn.dondoc.scheduler.digest;

import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * Where a digest goes: Telegram (text, chart as a photo, register as a document), or files and the
 * console without a token. Implemented in the bot module, which renders it; the scheduler only
 * records the result.
 */
public interface DigestChannel {

    DeliveryResult deliver(DigestMessage message);

    /**
     * False for a channel that only prints (no token): printing is never sending, so a pass through it
     * runs as a dry run and records nothing.
     */
    default boolean delivers() {
        return true;
    }
}
