package vn.dondoc.scheduler.reminder;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * The reminder settings of application.yml (DONDOC_REMIND_DAYS_BEFORE, DONDOC_REMIND_AT,
 * DONDOC_OVERDUE_EVERY, DONDOC_ESCALATE_HEAD_AFTER, DONDOC_ESCALATE_OFFICE_AFTER, DONDOC_CHECK_IN_MONTHS,
 * DONDOC_REMIND_CRON, DONDOC_WORKDAY_END). The defaults are written there only.
 *
 * @param cron       when {@code run} fires the reminder pass (Quartz cron, office time)
 * @param workdayEnd the end of the working day: no reminder is sent on its own after it
 */
@ConfigurationProperties("dondoc.reminders")
public record ReminderSettings(String cron, List<Integer> daysBefore, LocalTime sendAt, int overdueEvery,
                               int escalateToHeadAfter, int escalateToOfficeAfter, int checkInEveryMonths,
                               LocalTime workdayEnd) {

    public ReminderSettings {
        if (cron == null || cron.isBlank()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_REMIND_CRON", "");
        }
        if (sendAt == null || workdayEnd == null) {
            throw new DondocException(SettingError.INVALID, sendAt == null ? "DONDOC_REMIND_AT" : "DONDOC_WORKDAY_END", "");
        }
        if (!workdayEnd.isAfter(sendAt)) {
            throw new DondocException(SettingError.WORKDAY_END, workdayEnd, sendAt);
        }
        daysBefore = daysBefore == null ? List.of() : List.copyOf(daysBefore);
        for (int i = 0; i < daysBefore.size(); i++) {
            if (daysBefore.get(i) < 1 || i > 0 && daysBefore.get(i) >= daysBefore.get(i - 1)) {
                throw new DondocException(SettingError.REMIND_DAYS, daysBefore.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
            }
        }
        SettingError.within("DONDOC_OVERDUE_EVERY", overdueEvery, 1, 365);
        SettingError.within("DONDOC_ESCALATE_HEAD_AFTER", escalateToHeadAfter, 1, 365);
        SettingError.within("DONDOC_ESCALATE_OFFICE_AFTER", escalateToOfficeAfter, 1, 365);
        SettingError.within("DONDOC_CHECK_IN_MONTHS", checkInEveryMonths, 1, 12);
        if (escalateToOfficeAfter < escalateToHeadAfter) {
            throw new DondocException(SettingError.ESCALATION_ORDER, escalateToHeadAfter, escalateToOfficeAfter);
        }
    }

    public ReminderPolicy policy() {
        return new ReminderPolicy(daysBefore, sendAt, overdueEvery, escalateToHeadAfter, escalateToOfficeAfter,
                checkInEveryMonths);
    }
}
