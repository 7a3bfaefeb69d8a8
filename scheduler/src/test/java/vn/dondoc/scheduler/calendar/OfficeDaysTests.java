package vn.dondoc.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.RegisterDatabase;

class OfficeDaysTests {

    @TempDir
    Path dir;

    @Test
    void loadedDaysSurviveAReopenAndShapeTheCalendar() {
        LocalDate makeUpSaturday = LocalDate.of(2024, 5, 4);
        LocalDate swappedMonday = LocalDate.of(2024, 4, 29);
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
            OfficeDays days = new OfficeDays(db);
            days.save(new OfficeDay(swappedMonday, "Nghỉ hoán đổi", false));
            days.save(new OfficeDay(makeUpSaturday, "Làm bù cho 29/4", true));
        }
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
            OfficeCalendar calendar = new OfficeDays(db).calendar();
            assertThat(calendar.isWorkingDay(swappedMonday)).isFalse();
            assertThat(calendar.isWorkingDay(makeUpSaturday)).isTrue();
            assertThat(calendar.daysOff(2024)).extracting(Holiday::date).contains(swappedMonday).doesNotContain(makeUpSaturday);
        }
    }

    @Test
    void loadingADateAgainReplacesIt() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
            OfficeDays days = new OfficeDays(db);
            LocalDate day = LocalDate.of(2024, 2, 8);
            days.save(new OfficeDay(day, "Nghỉ Tết", false));
            days.save(new OfficeDay(day, "Nghỉ Tết Nguyên đán (29 tháng Chạp)", false));

            assertThat(days.all()).singleElement().extracting(OfficeDay::name).isEqualTo("Nghỉ Tết Nguyên đán (29 tháng Chạp)");
        }
    }
}
