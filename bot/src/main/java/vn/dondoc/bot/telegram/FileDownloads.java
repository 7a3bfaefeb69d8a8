package vn.dondoc.bot.telegram;

import java.nio.file.Path;

/** Fetches a file someone sent the bot: getFile, then the file itself from the same Bot API (TELEGRAM_API_URL). */
public interface FileDownloads {

    /** A bot may download files of up to 20 MB (Bot API, getFile). */
    long TELEGRAM_LIMIT = 20L * 1024 * 1024;

    /** Without a token nothing is received, so nothing is ever fetched. */
    FileDownloads NONE = (fileId, target, maxBytes) -> {
        throw new TelegramFailure(0, "no Telegram bot", null, null);
    };

    /**
     * Writes file {@code fileId} to {@code target}. Throws {@link TooBig} when it has more than {@code maxBytes}
     * (by getFile's size, or while reading), {@link TelegramFailure} when Telegram refuses or cannot be reached.
     */
    void download(String fileId, Path target, long maxBytes);

    /** The file is bigger than the bot takes; nothing is left at the target. */
    final class TooBig extends RuntimeException {

        private final long size;

        public TooBig(long size) {
            super("file of " + size + " bytes");
            this.size = size;
        }

        /** The size known when refused: Telegram's, or what was read before giving up. */
        public long size() {
            return size;
        }
    }
}
