package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal's article opens with a summary of the direction it then quotes ("Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở
 * Công Thương … đánh giá … Nghị định số 68/2017/NĐ-CP" and later "Giao Sở Công Thương chủ trì … Nghị định số
 * 68/2017/NĐ-CP … Trình UBND tỉnh trước ngày 10/8/2018"): two tasks of the same agency about the same cited
 * document, one without a deadline, are one task. The one without the deadline goes.
 */
final class Restatements {

    private static final Pattern DOCUMENT = Pattern.compile("\\d{1,5}/(?:\\d{4}/)?[\\p{Lu}Đ][\\p{Lu}Đ0-9&-]*");

    private Restatements() {
    }

    static List<NoticeTask> drop(List<NoticeTask> tasks) {
        Set<Integer> dropped = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            for (int j = 0; j < tasks.size(); j++) {
                NoticeTask a = tasks.get(i);
                NoticeTask b = tasks.get(j);
                if (i != j && !dropped.contains(j) && a.deadlinePhrase() == null && b.deadlinePhrase() != null
                        && a.leads().stream().anyMatch(b.leads()::contains) && shareDocument(a.task(), b.task())) {
                    dropped.add(i);
                }
            }
        }
        List<NoticeTask> kept = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(tasks.get(i));
            }
        }
        return kept;
    }

    private static boolean shareDocument(String a, String b) {
        Set<String> cited = new HashSet<>();
        Matcher m = DOCUMENT.matcher(a);
        while (m.find()) {
            cited.add(m.group());
        }
        Matcher n = DOCUMENT.matcher(b);
        while (n.find()) {
            if (cited.contains(n.group())) {
                return true;
            }
        }
        return false;
    }
}
