package vn.dondoc.scheduler.text;

/**
 * A value from outside (a message, button data, an error that quotes them) made safe for one log line:
 * control characters and line separators are written as escapes, so nobody can forge a line of the log,
 * and a long value is cut.
 */
public final class LogValue {

    static final int LIMIT = 300;

    private LogValue() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), LIMIT) + 16);
        int i = 0;
        for (; i < text.length() && out.length() < LIMIT; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return i < text.length() ? out + "…" : out.toString();
    }
}
