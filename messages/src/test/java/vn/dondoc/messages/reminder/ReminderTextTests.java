package vn.dondoc.messages.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderKind;
import vn.dondoc.scheduler.reminder.ReminderMessage;

class ReminderTextTests {

    ReminderText text = new ReminderText(Texts.of(Texts.Language.VIETNAMESE));

    @Test
    void saysWhatIsDueWhenAndHowToAnswerInVietnamese() {
        String plain = text.plain(message(reminder(47, "Báo cáo <tình hình> & kết quả", ReminderKind.OVERDUE, 6, true,
                LocalDate.of(2024, 4, 15), LocalDate.of(2024, 3, 31))));

        assertThat(plain).isEqualTo("""
                Kính gửi Nguyễn Văn An (Sở Xây dựng):
                Văn phòng UBND tỉnh nhắc 1 nhiệm vụ cần báo cáo:

                1. #47 — 152/QĐ-UBND, mục 47: Báo cáo <tình hình> & kết quả
                   Hạn: 15/04/2024 — quá hạn 6 ngày làm việc
                   Đã gia hạn từ 31/03/2024.
                   Để đôn đốc: do Sở Xây dựng, Sở Tài chính chủ trì.
                   Báo cáo: /xong 47 · /tiendo 47 P% · /giahan 47 dd/mm/yyyy lý do""");
    }

    @Test
    void htmlEscapesTextFromDocumentsAndBoldsTheTaskAndDate() {
        String html = text.html(message(reminder(47, "Báo cáo <tình hình> & kết quả", ReminderKind.BEFORE, 3, false,
                LocalDate.of(2024, 3, 29), LocalDate.of(2024, 3, 29))));

        assertThat(html).contains("<b>#47</b>").contains("Báo cáo &lt;tình hình&gt; &amp; kết quả")
                .contains("Hạn: <b>29/03/2024</b> — còn 3 ngày làm việc").doesNotContain("Để đôn đốc");
    }

    @Test
    void aCheckInHasNoDueDate() {
        String plain = text.plain(message(reminder(5, "Thường xuyên theo dõi", ReminderKind.CHECK_IN, 0, false, null, null)));

        assertThat(plain).contains("Không có thời hạn cố định (Thường xuyên): đề nghị cho biết tiến độ").doesNotContain("Hạn:");
    }

    @Test
    void aLongMessageIsCutIntoPiecesTelegramAccepts() {
        List<Reminder> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(reminder(i, "Nhiệm vụ rất dài ".repeat(8), ReminderKind.DUE, 0, false,
                    LocalDate.of(2024, 3, 29), LocalDate.of(2024, 3, 29)));
        }
        List<String> parts = text.htmlParts(message(many.toArray(Reminder[]::new)));

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TelegramText.LIMIT));
        assertThat(String.join("\n", parts)).contains("60. <b>#60</b>");
    }

    private static ReminderMessage message(Reminder... reminders) {
        return new ReminderMessage(1, 4242, "Nguyễn Văn An", ContactRole.STAFF, "Sở Xây dựng", List.of(reminders));
    }

    /** As the run gives it on the point's own day. */
    private static DueStanding standing(ReminderKind kind, int days) {
        return switch (kind) {
            case BEFORE -> new DueStanding(DueStanding.Kind.AHEAD, days);
            case DUE -> new DueStanding(DueStanding.Kind.DUE_TODAY, 0);
            case OVERDUE -> new DueStanding(DueStanding.Kind.OVERDUE, days);
            case CHECK_IN -> null;
        };
    }

    private static Reminder reminder(long task, String title, ReminderKind kind, int days, boolean escalated,
                                     LocalDate due, LocalDate original) {
        return new Reminder(task * 10, task, task * 100, "152/QĐ-UBND", Long.toString(task), title,
                List.of("Sở Xây dựng", "Sở Tài chính"), due == null ? "Thường xuyên" : "Tháng 3", due, original, kind, days,
                LocalDate.of(2024, 3, 26), escalated, standing(kind, days));
    }
}
