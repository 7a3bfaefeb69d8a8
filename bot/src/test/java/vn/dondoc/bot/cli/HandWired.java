package vn.dondoc.bot.cli;

import java.time.Clock;
import java.time.Duration;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.RedeliverySettings;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.digest.DigestDeliveries;
import vn.dondoc.scheduler.digest.DigestPass;
import vn.dondoc.scheduler.digest.DigestRun;
import vn.dondoc.scheduler.digest.DigestSnapshots;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.OfficeAlertChannel;
import vn.dondoc.scheduler.reminder.OfficeAlerts;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.reminder.IndicatorReminders;
import vn.dondoc.scheduler.reminder.ReminderPlanner;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderRun;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * The reminder and digest passes wired by hand, as DondocApplication's configuration wires them, for
 * tests that drive a pass through a channel of their own without starting Spring.
 */
public final class HandWired {

    private HandWired() {
    }

    public static ReminderPass reminderPass(RegisterDatabase db, Clock clock, ReminderPolicy policy, ReminderChannel channel,
                                            OfficeAlertChannel alerts) {
        Recipients recipients = new Recipients(db);
        DeliveryOutcomes outcomes = outcomes(db, clock);
        ReminderPlanner planner = new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)), new OfficeDays(db), recipients, policy);
        IndicatorReminders figures = new IndicatorReminders(db, new IndicatorRegister(db), new OfficeDays(db), policy);
        return new ReminderPass(new ReminderRun(db, clock, planner, outcomes, RedeliverySettings.defaults(), figures), channel,
                new OfficeAlerts(db, clock, recipients, alerts, outcomes, RedeliverySettings.defaults()));
    }

    public static DigestBuilder digestBuilder(RegisterDatabase db, Clock clock) {
        return new DigestBuilder(db, new TaskRegister(db, new OfficeDays(db)), new DigestSnapshots(db), new OfficeDays(db),
                new vn.dondoc.scheduler.indicator.IndicatorStandings(new vn.dondoc.scheduler.indicator.IndicatorRegister(db)));
    }

    public static DigestRun digestRun(RegisterDatabase db, Clock clock) {
        return new DigestRun(db, clock, digestBuilder(db, clock), new DigestSnapshots(db), new DigestDeliveries(db),
                new Recipients(db), outcomes(db, clock));
    }

    public static DigestPass digestPass(RegisterDatabase db, Clock clock, DigestChannel channel) {
        return new DigestPass(digestRun(db, clock), channel);
    }

    private static DeliveryOutcomes outcomes(RegisterDatabase db, Clock clock) {
        // Only markBlocked is called: the invite validity does not matter here.
        return new DeliveryOutcomes(new ContactRegister(db, clock, Duration.ZERO));
    }
}
