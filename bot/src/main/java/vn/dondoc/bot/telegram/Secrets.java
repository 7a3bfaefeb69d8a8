package vn.dondoc.bot.telegram;

/** The bot token must never reach a log line or an error message. */
public final class Secrets {

    private Secrets() {
    }

    public static String scrub(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        String scrubbed = text.replace(token, "***");
        // The numeric bot id before the colon is harmless, the secret after it is not.
        int colon = token.indexOf(':');
        if (colon > 0 && colon < token.length() - 1) {
            scrubbed = scrubbed.replace(token.substring(colon + 1), "***");
        }
        return scrubbed;
    }
}
