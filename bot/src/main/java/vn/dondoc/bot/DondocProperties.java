package vn.dondoc.bot;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.reminder.ReminderPolicy;

/**
 * Settings of {@code dondoc run}, from application.yml, which maps the environment onto them
 * (DONDOC_DB, TELEGRAM_BOT_TOKEN, DONDOC_REMIND_DAYS…). Every reminder number is configurable.
 */
@ConfigurationProperties("dondoc")
record DondocProperties(String db, String lang, Integer inviteDays, Telegram telegram, Reminders reminders, Digest digest) {

    DondocProperties {
        db = db == null || db.isBlank() ? "./dondoc.db" : db;
        lang = lang == null || lang.isBlank() ? "vi" : lang;
        inviteDays = inviteDays == null ? 7 : inviteDays;
        telegram = telegram == null ? new Telegram(null, null, null) : telegram;
        reminders = reminders == null ? new Reminders(null, null, null, null, null, null, null, null, null) : reminders;
        digest = digest == null ? new Digest(null) : digest;
    }

    /** The token is never printed: see {@link vn.dondoc.bot.telegram.TelegramSettings}. */
    record Telegram(String token, String apiUrl, String username) {

        @Override
        public String toString() {
            return "Telegram[apiUrl=" + apiUrl + ", username=" + username + "]";
        }
    }

    /**
     * {@code cron}: when the reminder job runs (Asia/Ho_Chi_Minh); it does nothing on a day off, so
     * Saturdays are in the expression for make-up working Saturdays.
     */
    record Reminders(String cron, List<Integer> daysBefore, LocalTime sendAt, Integer overdueEvery,
                     Integer escalateToHeadAfter, Integer escalateToOfficeAfter, Integer checkInEveryMonths,
                     Integer sendPerSecond, LocalTime workdayEnd) {

        Reminders {
            cron = cron == null || cron.isBlank() ? "0 0 8-17 ? * MON-SAT" : cron;
            sendPerSecond = sendPerSecond == null ? 25 : sendPerSecond;
            workdayEnd = workdayEnd == null ? LocalTime.of(17, 30) : workdayEnd;
        }

        ReminderPolicy policy() {
            ReminderPolicy d = ReminderPolicy.defaults();
            return new ReminderPolicy(
                    daysBefore == null || daysBefore.isEmpty() ? d.daysBefore() : daysBefore,
                    sendAt == null ? d.sendAt() : sendAt,
                    overdueEvery == null ? d.overdueEvery() : overdueEvery,
                    escalateToHeadAfter == null ? d.escalateToHeadAfter() : escalateToHeadAfter,
                    escalateToOfficeAfter == null ? d.escalateToOfficeAfter() : escalateToOfficeAfter,
                    checkInEveryMonths == null ? d.checkInEveryMonths() : checkInEveryMonths);
        }
    }

    /** {@code cron}: when the weekly digest goes out (Monday 07:30 by default). */
    record Digest(String cron) {

        Digest {
            cron = cron == null || cron.isBlank() ? "0 30 7 ? * MON" : cron;
        }
    }
}
