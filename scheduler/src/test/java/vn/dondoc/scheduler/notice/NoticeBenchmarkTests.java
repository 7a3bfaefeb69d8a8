package vn.dondoc.scheduler.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The targets of issue 13 on real notices whose tasks were written out by hand (the sources are in each .expected). */
class NoticeBenchmarkTests {

    @Test
    void theHandMadeSetOfRealNoticesMeetsTheTargets() {
        assertMeetsTargets(NoticeBenchmark.run(Path.of("src/test/resources/notices")), 9);
    }

    @Test
    void theNoticesHeldOutFromTuningMeetTheTargets() {
        assertMeetsTargets(NoticeBenchmark.run(Path.of("src/test/resources/notices-heldout")), 5);
    }

    private static void assertMeetsTargets(NoticeBenchmark.Figures figures, int notices) {
        assertThat(figures.notices()).isEqualTo(notices);
        assertThat(figures.precision()).as(figures.extras().toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall()).as(figures.misses().toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(figures.rightDates()).as(figures.misses().toString()).isEqualTo(figures.definiteDates());
    }
}
