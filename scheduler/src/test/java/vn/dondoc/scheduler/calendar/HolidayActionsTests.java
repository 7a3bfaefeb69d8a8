package vn.dondoc.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The office adds and removes its own days off; the law's holidays and the announced schedule stay. */
class HolidayActionsTests {

    static final LocalDate PROVINCE_DAY = LocalDate.of(2024, 10, 7);
    static final LocalDate NATIONAL_DAY = LocalDate.of(2024, 9, 2);

    @TempDir
    Path dir;
    RegisterDatabase db;
    HolidayActions holidays;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"));
        holidays = new HolidayActions(db, new OfficeDays(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDayTheOfficeAddsIsListedAsTheOfficesAndCanBeRemovedAgain() {
        int before = holidays.year(2024).daysOff().size();

        holidays.addDayOff(PROVINCE_DAY, "Kỷ niệm ngày thành lập tỉnh");
        HolidayYear year = holidays.year(2024);
        assertThat(year.daysOff()).hasSize(before + 1)
                .contains(new Holiday(PROVINCE_DAY, "Kỷ niệm ngày thành lập tỉnh", Holiday.Kind.OFFICE));
        assertThat(new OfficeDays(db).calendar().isWorkingDay(PROVINCE_DAY)).isFalse();

        assertThat(holidays.remove(PROVINCE_DAY).name()).isEqualTo("Kỷ niệm ngày thành lập tỉnh");
        assertThat(holidays.year(2024).daysOff()).hasSize(before).noneMatch(h -> h.date().equals(PROVINCE_DAY));
        assertThat(new OfficeDays(db).calendar().isWorkingDay(PROVINCE_DAY)).isTrue();
    }

    @Test
    void theLawsHolidayIsNotTheOfficesToRemoveNorToAddAgain() {
        refused(() -> holidays.remove(NATIONAL_DAY), HolidayError.NOT_THE_OFFICES, NATIONAL_DAY, "Quốc khánh (2/9)");
        refused(() -> holidays.addDayOff(NATIONAL_DAY, "Quốc khánh"), HolidayError.ALREADY_OFF, NATIONAL_DAY);
        refused(() -> holidays.addDayOff(LocalDate.of(2024, 10, 5), "thứ Bảy"), HolidayError.ALREADY_OFF, LocalDate.of(2024, 10, 5));
        refused(() -> holidays.remove(PROVINCE_DAY), HolidayError.NOT_A_DAY_OFF, PROVINCE_DAY);
        refused(() -> holidays.year(2201), HolidayError.YEAR, 2201);

        assertThat(new OfficeDays(db).all()).isEmpty();
        assertThat(holidays.year(2024).daysOff()).filteredOn(h -> h.date().equals(NATIONAL_DAY))
                .singleElement().extracting(Holiday::kind).isNotEqualTo(Holiday.Kind.OFFICE);
    }

    @Test
    void addingTheOfficesDayAgainRenamesIt() {
        holidays.addDayOff(PROVINCE_DAY, "Ngày tỉnh");
        holidays.addDayOff(PROVINCE_DAY, "Kỷ niệm ngày thành lập tỉnh");

        assertThat(new OfficeDays(db).all()).singleElement().extracting(OfficeDay::name).isEqualTo("Kỷ niệm ngày thành lập tỉnh");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, HolidayError code, Object... args) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DondocException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
