package vn.dondoc.messages.digest;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.task.MilestoneStatus;

class DigestTextTests {

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 25);
    static final Texts VI = Texts.of(Texts.Language.VIETNAMESE);

    @Test
    void showsTheFourStatusesWithTheirChangeSinceLastWeek() {
        String text = new DigestText(VI).html(digest(2, 5, 5, 3));

        assertThat(text).startsWith("<b>📊 Tình hình thực hiện nhiệm vụ — tuần 25/03/2024</b>");
        assertThat(text).contains("hoàn thành đúng hạn: <b>4</b> (▲2)")
                .contains("hoàn thành quá hạn: <b>1</b> (không đổi)")
                .contains("đang thực hiện trong hạn: <b>150</b> (▼5)")
                .contains("đang thực hiện quá hạn: <b>12</b> (▲3)")
                .contains("không có thời hạn: 3 · đã hủy: 1");
        assertThat(counts(text, VI)).isEqualTo(Map.of(MilestoneStatus.DONE_ON_TIME, 4, MilestoneStatus.DONE_LATE, 1,
                MilestoneStatus.OPEN_ON_TIME, 150, MilestoneStatus.OPEN_OVERDUE, 12));
    }

    @Test
    void inDecemberTheOfficeIsToldWhenNextYearsHolidaysAreNotLoaded() {
        Digest usual = digest(2, 5, 5, 3);
        Digest december = new Digest(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), usual.scope(), usual.totals(),
                usual.previousTotals(), usual.previousFrom(), usual.agencies(), usual.longestOverdue(), usual.dueSoon(),
                usual.pendingExtensions(), true, usual.indicators());

        assertThat(new DigestText(VI).html(december)).contains("Chưa có lịch nghỉ năm 2027 do Chính phủ công bố");
        assertThat(new DigestText(VI).html(usual)).doesNotContain("Chưa có lịch nghỉ");
    }

    @Test
    void aLongRegisterStillFitsOneTelegramMessageWithItsListsShortened() {
        String text = new DigestText(VI).html(digest(40, 60, 40, 10));

        assertThat(text.length()).isLessThanOrEqualTo(TelegramText.LIMIT);
        assertThat(TelegramText.split(text)).hasSize(1);
        assertThat(text).contains("… và ").contains("việc khác").contains("cơ quan khác");
        assertThat(text).contains("10 việc quá hạn lâu nhất").contains("— <b>quá hạn 60 ngày làm việc</b> (hạn 25/01/2024)");
        assertThat(text).contains("/duyet 900").contains("<pre>").contains("</pre>");
        assertThat(balanced(text, "b")).isTrue();
        assertThat(balanced(text, "pre")).isTrue();
    }

    @Test
    void registerTextIsEscapedForTelegramHtml() {
        Digest d = digest(1, 1, 1, 1);
        String text = new DigestText(VI).html(d);

        assertThat(text).contains("Lập đề án &lt;mới&gt; &amp; trình UBND").doesNotContain("<mới>");
        assertThat(text).contains("Sở KH&amp;ĐT").doesNotContain("KH&Đ");
    }

    @Test
    void aLeaderInChargeOfSomeAgenciesIsToldWhichOnes() {
        Digest all = digest(1, 1, 1, 1);
        Digest theirs = new Digest(all.day(), all.week(), DigestScope.of(List.of(1L, 2L)), all.totals(), all.previousTotals(),
                Digest.PreviousFrom.SNAPSHOT, all.agencies().subList(0, 2), all.longestOverdue(), all.dueSoon(),
                all.pendingExtensions());

        assertThat(new DigestText(VI).html(theirs)).contains("Các cơ quan đồng chí phụ trách: Sở Kế hoạch và Đầu tư, Sở Y tế")
                .doesNotContain("tính lại từ sổ");
        assertThat(new DigestText(VI).html(all)).contains("Tất cả cơ quan.").contains("tính lại từ sổ");
    }

    @Test
    void englishIsTheSecondLanguage() {
        Texts en = Texts.of(Texts.Language.ENGLISH);
        String text = new DigestText(en).html(digest(2, 5, 5, 3));

        assertThat(text).contains("Task progress — week of 25/03/2024").contains("open, overdue: <b>12</b> (▲3)");
        assertThat(counts(text, en)).containsEntry(MilestoneStatus.OPEN_ON_TIME, 150);
    }

    @Test
    void theChartsAndWorkbooksStatusWordsAreTheTextsOnes() {
        Digest digest = digest(2, 5, 5, 3);
        for (Texts texts : List.of(VI, Texts.of(Texts.Language.ENGLISH))) {
            assertThat(new DigestChart(texts).dataset(digest).getRowKeys()).as(texts.language().name())
                    .containsExactlyElementsOf(DigestChart.FOUR.stream().map(s -> texts.get("status." + s)).toList());
        }
        assertThat(new DigestChart(VI).dataset(digest).getRowKeys()).containsExactly("hoàn thành đúng hạn", "hoàn thành quá hạn",
                "đang thực hiện trong hạn", "đang thực hiện quá hạn");
    }

    /** The four counts as a reader sees them: "label: <b>N</b>". */
    static Map<MilestoneStatus, Integer> counts(String text, Texts texts) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : DigestChart.FOUR) {
            Matcher m = Pattern.compile(Pattern.quote(texts.get("status." + status)) + ": <b>([\\d.]+)</b>").matcher(text);
            assertThat(m.find()).as(status.name()).isTrue();
            counts.put(status, Integer.parseInt(m.group(1).replace(".", "")));
        }
        return counts;
    }

    private static boolean balanced(String text, String tag) {
        return text.split("<" + tag + ">", -1).length == text.split("</" + tag + ">", -1).length;
    }

    /** A made-up digest: {@code n} of everything, titles long, names with characters HTML escapes. */
    private static Digest digest(int agencies, int overdue, int dueSoon, int extensions) {
        Map<MilestoneStatus, Integer> totals = Map.of(MilestoneStatus.DONE_ON_TIME, 4, MilestoneStatus.DONE_LATE, 1,
                MilestoneStatus.OPEN_ON_TIME, 150, MilestoneStatus.OPEN_OVERDUE, 12, MilestoneStatus.NO_DEADLINE, 3,
                MilestoneStatus.CANCELLED, 1);
        Map<MilestoneStatus, Integer> previous = Map.of(MilestoneStatus.DONE_ON_TIME, 2, MilestoneStatus.DONE_LATE, 1,
                MilestoneStatus.OPEN_ON_TIME, 155, MilestoneStatus.OPEN_OVERDUE, 9, MilestoneStatus.NO_DEADLINE, 3,
                MilestoneStatus.CANCELLED, 1);
        List<Digest.AgencyRow> rows = new ArrayList<>();
        rows.add(new Digest.AgencyRow(1, "Sở Kế hoạch và Đầu tư", Map.of(MilestoneStatus.OPEN_OVERDUE, 5)));
        rows.add(new Digest.AgencyRow(2, "Sở Y tế", Map.of(MilestoneStatus.OPEN_OVERDUE, 3)));
        for (int i = 2; i < agencies; i++) {
            rows.add(new Digest.AgencyRow(i + 1, "UBND huyện Số " + i, Map.of(MilestoneStatus.OPEN_ON_TIME, i)));
        }
        String title = "Lập đề án <mới> & trình UBND tỉnh phê duyệt kế hoạch thực hiện chương trình mục tiêu quốc gia"
                + " giai đoạn 2021–2025 trên địa bàn tỉnh, bảo đảm tiến độ và chất lượng";
        List<Digest.Overdue> late = new ArrayList<>();
        for (int i = 0; i < Math.min(10, overdue); i++) {
            late.add(new Digest.Overdue(100 + i, String.valueOf(i), "152/QĐ-UBND", title,
                    List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính"), MONDAY.minusDays(60 - i), 60 - i, i == 0 ? 2 : 1));
        }
        List<Digest.DueSoon> soon = new ArrayList<>();
        for (int i = 0; i < dueSoon; i++) {
            soon.add(new Digest.DueSoon(200 + i, String.valueOf(i), "152/QĐ-UBND", title, List.of("Sở Y tế"), MONDAY.plusDays(6)));
        }
        List<Digest.PendingExtension> pending = new ArrayList<>();
        for (int i = 0; i < extensions; i++) {
            pending.add(new Digest.PendingExtension(900 + i, 300 + i, String.valueOf(i), "152/QĐ-UBND", title,
                    MONDAY.plusDays(6), MONDAY.plusDays(36), "Chờ Bộ hướng dẫn <số liệu>", "Trần Thị Bình",
                    Instant.parse("2024-03-21T02:00:00Z")));
        }
        return new Digest(MONDAY, MONDAY, DigestScope.all(), totals, previous, Digest.PreviousFrom.RECOMPUTED, rows, late, soon,
                pending);
    }
}
