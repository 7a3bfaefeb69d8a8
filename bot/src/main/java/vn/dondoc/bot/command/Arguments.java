package vn.dondoc.bot.command;

/** Splitting what follows a command: "47 đã gửi báo cáo" → "47" and "đã gửi báo cáo". */
final class Arguments {

    private Arguments() {
    }

    static String first(String args) {
        String stripped = args.strip();
        int space = indexOfSpace(stripped);
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    static String rest(String args) {
        String stripped = args.strip();
        int space = indexOfSpace(stripped);
        return space < 0 ? "" : stripped.substring(space).strip();
    }

    private static int indexOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A task or request number as people type it, "47" or "#47"; empty for anything else. */
    static java.util.OptionalLong number(String text) {
        return text.matches("#?\\d{1,12}") ? java.util.OptionalLong.of(Long.parseLong(text.replace("#", "")))
                : java.util.OptionalLong.empty();
    }

    /** What a person typed, safe and short enough to quote back in an answer. */
    static String quote(String text) {
        return vn.dondoc.messages.Html.escape(TaskViews.shorten(text, 20));
    }

    /** A note as the history keeps it: null when empty. */
    static String note(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
