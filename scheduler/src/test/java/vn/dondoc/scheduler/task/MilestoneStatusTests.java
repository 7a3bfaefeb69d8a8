package vn.dondoc.scheduler.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.task.MilestoneStatus.CANCELLED;
import static vn.dondoc.scheduler.task.MilestoneStatus.DONE_LATE;
import static vn.dondoc.scheduler.task.MilestoneStatus.DONE_ON_TIME;
import static vn.dondoc.scheduler.task.MilestoneStatus.NO_DEADLINE;
import static vn.dondoc.scheduler.task.MilestoneStatus.OPEN_ON_TIME;
import static vn.dondoc.scheduler.task.MilestoneStatus.OPEN_OVERDUE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneStatusTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);

    @Test
    void openUntilAndIncludingTheDueDayIsOnTime() {
        assertThat(MilestoneStatus.on(DUE.minusDays(1), DUE, null, null)).isEqualTo(OPEN_ON_TIME);
        assertThat(MilestoneStatus.on(DUE, DUE, null, null)).isEqualTo(OPEN_ON_TIME);
    }

    @Test
    void openTheDayAfterTheDueDateIsOverdue() {
        assertThat(MilestoneStatus.on(DUE.plusDays(1), DUE, null, null)).isEqualTo(OPEN_OVERDUE);
    }

    @Test
    void doneOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
        assertThat(MilestoneStatus.on(DUE.plusDays(30), DUE, DUE, null)).isEqualTo(DONE_ON_TIME);
        assertThat(MilestoneStatus.on(DUE.plusDays(30), DUE, DUE.plusDays(1), null)).isEqualTo(DONE_LATE);
    }

    @Test
    void aReportDatedAfterTheDayAskedAboutHasNotHappenedYet() {
        assertThat(MilestoneStatus.on(DUE.minusDays(5), DUE, DUE.minusDays(2), null)).isEqualTo(OPEN_ON_TIME);
        assertThat(MilestoneStatus.on(DUE.plusDays(3), DUE, DUE.plusDays(10), null)).isEqualTo(OPEN_OVERDUE);
    }

    @Test
    void withoutADeadlineATaskIsNeverLate() {
        assertThat(MilestoneStatus.on(DUE, null, null, null)).isEqualTo(NO_DEADLINE);
        assertThat(MilestoneStatus.on(DUE, null, DUE.minusDays(1), null)).isEqualTo(DONE_ON_TIME);
    }

    @Test
    void cancellationCountsFromItsDayOn() {
        assertThat(MilestoneStatus.on(DUE.minusDays(1), DUE, null, DUE)).isEqualTo(OPEN_ON_TIME);
        assertThat(MilestoneStatus.on(DUE, DUE, null, DUE)).isEqualTo(CANCELLED);
        assertThat(MilestoneStatus.on(DUE.plusDays(9), DUE, DUE.minusDays(3), DUE)).isEqualTo(CANCELLED);
    }

    @Test
    void openStatusesAreTheOnesStillToReport() {
        assertThat(OPEN_ON_TIME.isOpen()).isTrue();
        assertThat(OPEN_OVERDUE.isOpen()).isTrue();
        assertThat(NO_DEADLINE.isOpen()).isTrue();
        assertThat(DONE_ON_TIME.isOpen()).isFalse();
        assertThat(DONE_LATE.isOpen()).isFalse();
        assertThat(CANCELLED.isOpen()).isFalse();
    }
}
