package vn.dondoc.bot.freetext;

import java.util.Optional;

/** One kind of report as people write it; empty when the sentence is not of this kind. */
interface ReportRule {

    Optional<FreeReport> read(Sentence sentence);

    /** Words that undo a report word right before it: "chưa xong", "sắp hoàn thành", "sẽ xin gia hạn". */
    java.util.regex.Pattern NEGATED_BEFORE = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(?:chua|khong|ko|sap|gan|se|du kien|chuan bi|dang|can|phai|co gang|khi nao|bao gio|muon|chac)\\s+(?:duoc\\s+|the\\s+)?$");

    static boolean negated(Sentence sentence, int reportWordStart) {
        int from = Math.max(0, reportWordStart - 24);
        return NEGATED_BEFORE.matcher(sentence.folded.substring(from, reportWordStart)).find();
    }
}
