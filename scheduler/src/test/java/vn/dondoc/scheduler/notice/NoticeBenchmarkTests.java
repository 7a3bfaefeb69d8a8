package vn.dondoc.scheduler.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoticeBenchmarkTests {

    @Test
    void theHandMadeSetOfRealNoticesMeetsTheTargets() {
        NoticeBenchmark.Figures figures = NoticeBenchmark.run(Path.of("src/test/resources/notices"));
        System.out.println(figures);
        assertThat(figures.notices()).isGreaterThanOrEqualTo(5);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(figures.rightDates()).isEqualTo(figures.definiteDates());
    }
}
