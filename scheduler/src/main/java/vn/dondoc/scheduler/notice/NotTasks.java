package vn.dondoc.scheduler.notice;

import java.util.List;
import vn.dondoc.scheduler.agency.AgencyNames;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * What looks like an assignment and is not: exhortations to everyone ("các cấp, các ngành", "cấp ủy, chính quyền"),
 * the notice's own formulas ("… thông báo để … biết, thực hiện", "… nhận được …"), and the Committee itself as the
 * subject ("UBND tỉnh có ý kiến"). Words, so a newcomer adds a line.
 */
final class NotTasks {

    /** A lead with one of these (folded) is everyone, not an addressee. */
    private static final List<String> EVERYONE = List.of("cac cap", "cap uy", "chinh quyen");
    /** A sentence with one of these (folded) is the notice speaking about itself. */
    private static final List<String> FORMULAS = List.of("thong bao de", "biet, thuc hien", "xem chi tiet", "nhan duoc",
            "co y kien nhu sau", "co y kien chi dao", "ket luan nhu sau");
    /** A task that is only this (folded) is the closing "… triển khai thực hiện", not a task of its own. */
    private static final List<String> CLOSINGS = List.of("thuc hien", "trien khai thuc hien", "to chuc thuc hien",
            "to chuc trien khai thuc hien", "biet, thuc hien", "biet va thuc hien");
    /** Keys of the assigner: a sentence with it as subject gives no task to it. */
    private static final List<String> ASSIGNER = List.of("ubnd tinh", "uy ban nhan dan tinh", "chu tich ubnd tinh",
            "van phong chinh phu", "thu tuong chinh phu");

    private NotTasks() {
    }

    static boolean isEveryone(List<String> leads) {
        return leads.stream().map(VietnameseText::fold).anyMatch(lead -> EVERYONE.stream().anyMatch(lead::contains));
    }

    static boolean isFormula(String sentence) {
        String folded = VietnameseText.fold(sentence);
        return FORMULAS.stream().anyMatch(folded::contains);
    }

    /** Folded words of the sentence that opens the directions ("… có ý kiến chỉ đạo như sau:"). */
    private static final List<String> OPENERS = List.of("co y kien", "ket luan nhu sau", "chi dao nhu sau", "ket luan:",
            "chi dao:");

    /**
     * Whether the sentence opens the directions. What a portal writes before it (its headline's summary of the same
     * direction) is the article's, not the notice's: {@link NoticeReader} keeps only the tasks after it.
     */
    static boolean isOpener(String sentence) {
        String folded = VietnameseText.fold(sentence.strip());
        return folded.endsWith(":") && OPENERS.stream().anyMatch(folded::contains);
    }

    static boolean isClosing(String task) {
        return CLOSINGS.contains(VietnameseText.fold(task));
    }

    static boolean isAssigner(List<String> leads) {
        return leads.stream().map(AgencyNames::key)
                .anyMatch(key -> ASSIGNER.stream().anyMatch(a -> key.equals(a) || key.startsWith(a + " ")));
    }
}
