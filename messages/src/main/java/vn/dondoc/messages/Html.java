package vn.dondoc.messages;

/** Telegram's HTML parse mode: text from people and documents must be escaped before it goes in. */
public final class Html {

    private Html() {
    }

    /** Escapes {@code < > &} (all Telegram asks outside tags) and {@code "} (for attribute values). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }
}
