package vn.dondoc.scheduler.reminder;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One pass of reminders, as the schedule and {@code dondoc remind} both run it: plan, send what is
 * due through the channel (recorded in the register before and after each message), then tell the
 * office of anyone not reached. Safe to re-run at any time: delivery state lives in the register.
 */
@Service
public final class ReminderPass {

    public static final String NAME = "reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderPass.class);

    private final ReminderRun run;
    private final ReminderChannel channel;
    private final OfficeAlerts alerts;

    public ReminderPass(ReminderRun run, ReminderChannel channel, OfficeAlerts alerts) {
        this.run = run;
        this.channel = channel;
        this.alerts = alerts;
    }

    /** As the schedule runs it (as the pass {@link #NAME}): for real, unless the channel only prints. */
    public void run(Instant now) {
        ReminderReport report = runOnce(now, !channel.delivers());
        log.info("Reminders: {} message(s), {} sent, {} failed, {} blocked the bot{}.", report.messages(), report.sent(),
                report.failed(), report.blocked(), report.dryRun() ? " (printed only, nothing recorded)" : "");
    }

    /**
     * Runs as of {@code now}; a dry run only hands the messages to the channel and records and alerts
     * nothing. Synchronized because two passes at once on one register could send a message twice.
     */
    public ReminderReport runOnce(Instant now, boolean dryRun) {
        return runOnce(now, channel, dryRun);
    }

    /** Through another channel than the configured one: the command line's printing, or its progress lines. */
    public synchronized ReminderReport runOnce(Instant now, ReminderChannel channel, boolean dryRun) {
        ReminderReport report = run.run(now, channel, dryRun);
        if (!dryRun) {
            alerts.tell(now, report);
        }
        return report;
    }
}
