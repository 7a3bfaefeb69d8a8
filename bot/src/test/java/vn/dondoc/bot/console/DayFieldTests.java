package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayFieldTests {

    @Test
    void readsTheDayFirstAsOfficesWriteItAndTheIsoFormButNoImpossibleDay() {
        assertThat(DayField.parse("07/10/2024")).contains(LocalDate.of(2024, 10, 7));
        assertThat(DayField.parse(" 7/10/2024 ")).contains(LocalDate.of(2024, 10, 7));
        assertThat(DayField.parse("07.10.2024")).contains(LocalDate.of(2024, 10, 7));
        assertThat(DayField.parse("2024-10-07")).contains(LocalDate.of(2024, 10, 7));
        assertThat(DayField.parse("31/02/2024")).isEmpty();
        assertThat(DayField.parse("hôm nay")).isEmpty();
        assertThat(DayField.parse("")).isEmpty();
        assertThat(DayField.parse(null)).isEmpty();
    }
}
