package vn.dondoc.scheduler.notice;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A sentence without a subject goes on with the agency before it, in the same paragraph (or a "+" bullet under a
 * heading): when it only says by when ("Trình UBND tỉnh trước ngày 10/8/2018", "Yêu cầu gửi báo cáo … trước ngày
 * 23/5/2019") it gives its deadline to the tasks before that had none; when it starts with an action ("Tiếp tục
 * tham mưu …", "Phối hợp với …") it is one more task of that agency.
 */
final class ContinuationRule implements SentenceRule {

    /** Folded first words of a sentence that only hands in or times the work before. */
    private static final List<String> REPORTING = List.of("trinh", "bao cao", "gui", "yeu cau", "hoan thanh", "hoan thien",
            "thoi gian", "thoi han", "xong");
    /** Folded first words of an action. */
    private static final List<String> ACTIONS = List.of("tiep tuc", "phoi hop", "tham muu", "chu tri", "chu dong", "ra soat",
            "xay dung", "huong dan", "to chuc", "kiem tra", "don doc", "trien khai", "nghien cuu", "de xuat", "hoan thanh",
            "hoan thien", "khan truong", "tang cuong", "thuc hien", "tap trung", "bao cao", "trinh", "theo doi", "chi dao",
            "lam viec", "phan bo", "cap nhat", "danh gia", "tong hop", "giai quyet", "xu ly", "day nhanh");
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:Đồng thời|Ngoài ra|Bên cạnh đó|Sau đó)[,\\s]+");

    private final AgencyPhrases phrases;

    ContinuationRule(AgencyPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public boolean read(Sentence sentence, Reading reading) {
        List<NoticeTask> before = reading.before(sentence);
        boolean underHeading = reading.underHeading(sentence);
        if (before.isEmpty() && !underHeading) {
            return false;
        }
        String text = CONNECTIVE.matcher(sentence.text()).replaceFirst("");
        String folded = VietnameseText.fold(text);
        Optional<DeadlineMentions.Mention> deadline = DeadlineMentions.find(text);
        if (!before.isEmpty() && deadline.isPresent() && REPORTING.stream().anyMatch(folded::startsWith)
                && before.stream().allMatch(t -> t.deadlinePhrase() == null)) {
            for (int i = 0; i < before.size(); i++) {
                reading.replace(i, before.get(i).withDeadline(deadline.get().phrase()));
            }
            return true;
        }
        boolean action = ACTIONS.stream().anyMatch(folded::startsWith);
        if (!action && !(underHeading && before.isEmpty())) {
            return false;
        }
        List<String> leads = underHeading && before.isEmpty() ? reading.heading : before.get(0).leads();
        Sentence lowered = new Sentence(Character.toLowerCase(text.charAt(0)) + text.substring(1), sentence.line(),
                sentence.paragraph(), sentence.level());
        Optional<NoticeTask> task = Roles.task(phrases, lowered,
                leads.stream().map(name -> new AgencyPhrases.Found(name, 0, 0, false)).toList(), 0);
        task.ifPresent(t -> reading.add(sentence, List.of(t)));
        return task.isPresent();
    }
}
