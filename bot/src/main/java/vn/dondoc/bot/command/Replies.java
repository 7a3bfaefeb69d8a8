package vn.dondoc.bot.command;

import java.util.Optional;

/**
 * A command that asks a question to be answered with Telegram's Reply (the date after pressing
 * "Gia hạn", the reason after pressing "Không đồng ý"): it recognises its own question in the quoted
 * message and takes the answer, as AbilityBot's {@code Reply} does.
 */
interface Replies {

    /** The number the question was about, when {@code quoted} is this command's question. */
    Optional<String> askedAbout(Request request, String quoted);

    /** The person answered the question about {@code number}; the answer is {@code request.args()}. */
    void answered(Request request, String number);

    /** The number right after {@code prefix} at the start of {@code quoted}: "Gia hạn nhiệm vụ #12 …" → "12". */
    static Optional<String> numberAfter(String prefix, String quoted) {
        if (quoted == null || !quoted.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = quoted.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(rest.substring(0, end));
    }
}
