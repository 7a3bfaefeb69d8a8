package vn.dondoc.bot.delivery;

import java.time.Clock;
import java.time.Instant;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderReport;
import vn.dondoc.scheduler.reminder.ReminderRun;

/**
 * One pass of reminders, as the scheduler and {@code dondoc remind} both run it: plan, send what is
 * due (recorded in the register before and after each message), then tell the office of anyone not
 * reached. Safe to re-run at any time: delivery state lives in the register.
 */
public final class ReminderJob {

    private final ReminderRun run;
    private final ReminderChannel channel;
    private final OfficeAlerts alerts;

    /** {@code alerts} may be null where nobody can be told (the console). */
    public ReminderJob(RegisterDatabase db, Clock clock, ReminderPolicy policy, ReminderChannel channel, OfficeAlerts alerts) {
        this.run = new ReminderRun(db, clock, policy);
        this.channel = channel;
        this.alerts = alerts;
    }

    /**
     * Runs as of {@code now}; a dry run only hands the messages to the channel and records and alerts
     * nothing. Synchronized because two passes at once on one register could send a message twice.
     */
    public synchronized ReminderReport runOnce(Instant now, boolean dryRun) {
        ReminderReport report = run.run(now, channel, dryRun);
        if (!dryRun && alerts != null) {
            alerts.tell(now, report);
        }
        return report;
    }
}
