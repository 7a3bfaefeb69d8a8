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

    /** A note as the history keeps it: null when empty. */
    static String note(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
