package vn.dondoc.bot.freetext;

import java.util.regex.Pattern;

/**
 * Sentences that ask rather than report ("nhiệm vụ 47 là gì?", "xong chưa ạ", "có được gia hạn không"): never read
 * as a report, whatever report words they hold.
 */
final class Questions {

    private static final Pattern QUESTION = Pattern.compile(
            "\\?"
            + "|(?<!\\p{L})(?:la gi|bao gio|khi nao|the nao|tai sao|vi sao|o dau|bao nhieu|duoc khong|hay khong|hay chua|co phai|co the|the nao|sao vay|nhu nao)(?!\\p{L})"
            + "|(?<!\\p{L})(?:chua|khong|ko|k|hong|a chua|nhi|nhe chua)\\s*(?:a|ah|anh|chi|em|vay)?\\s*[.!]*$");

    private Questions() {
    }

    static boolean asks(Sentence sentence) {
        return QUESTION.matcher(sentence.folded).find();
    }
}
