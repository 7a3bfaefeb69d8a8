package vn.dondoc.bot.telegram;

/**
 * A file someone sent the bot (a document, or a photo): Telegram's id to fetch it with, the name its sender gave it
 * ({@code null} for a photo), and its size when Telegram told it. The caption is the message's text.
 */
public record SentFile(String fileId, String name, Long size, boolean photo) {
}
