package vn.dondoc.scheduler.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The promises of the public types, apart from any phrase family. */
class DeadlineContractTests {

    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);
    private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);

    @Test
    void keepsDatesAscendingDistinctAndUnmodifiable() {
        Deadline deadline = new Deadline(DeadlineKind.MULTIPLE, new ArrayList<>(List.of(JUNE_30, MARCH_31, JUNE_30)), null);

        assertThat(deadline.dates()).containsExactly(MARCH_31, JUNE_30);
        assertThatThrownBy(() -> deadline.dates().add(MARCH_31)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givesAProblemExactlyWhenUnparsed() {
        assertThatThrownBy(() -> new Deadline(DeadlineKind.UNPARSED, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.FIXED, List.of(MARCH_31), vn.dondoc.scheduler.error.Problem.of(DeadlineError.BLANK)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesTheNumberOfDatesToTheKind() {
        assertThatThrownBy(() -> new Deadline(DeadlineKind.FIXED, List.of(MARCH_31, JUNE_30), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.MULTIPLE, List.of(MARCH_31), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.NONE, List.of(MARCH_31), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.RECURRING, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPlanYearOutsideTheSupportedRange() {
        assertThatThrownBy(() -> PHRASES.parse("Quý I", LocalDate.of(2024, 1, 18), 20024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsACalendar() {
        assertThatThrownBy(() -> new DeadlinePhrases(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        List<String> phrases = List.of("Quý III+IV", "Tháng 6,7", "trước ngày 18 hằng tháng", "trong 10 ngày làm việc",
                "Khi có đề xuất", "Quý I (trình kỳ họp HĐND tháng 7)", "tháng 11, 12/2024", "hằng tuần vào thứ Hai");
        List<Deadline> expected = phrases.stream().map(DeadlineTestSupport::parse).toList();
        List<Callable<List<Deadline>>> jobs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            jobs.add(() -> phrases.stream().map(DeadlineTestSupport::parse).toList());
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<List<Deadline>> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ignoresCaseDiacriticsAndSpacing() {
        assertThat(parse("  QUY   iii + iv ")).isEqualTo(parse("Quý III+IV"));
        assertThat(PHRASES.parse("thang 6,7", null, 2024)).isEqualTo(parse("Tháng 6, 7"));
    }
}
