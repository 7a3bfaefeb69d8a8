package vn.dondoc.bot;

import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dondoc.bot.command.BotDispatcher;
import vn.dondoc.bot.telegram.FloodControl;
import vn.dondoc.bot.telegram.FloodSettings;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.schedule.RunLock;

/**
 * Starts receiving updates once the application is up, and stops the poller and its threads on
 * shutdown. Without a token there is nothing to receive: it says so, and everything dondoc would
 * send is printed instead.
 */
@Component
@Profile(DondocApplication.RUN)
final class TelegramLink implements SmartLifecycle, org.springframework.beans.factory.DisposableBean {

    /** How long a stop waits for a pass that is sending before it interrupts it. */
    private static final java.time.Duration STOP_GRACE = java.time.Duration.ofSeconds(4);
    /**
     * How long an interrupted pass is given to write down the messages it has under way (it waits 2 s for their
     * answers: ReminderRun.STOP_GRACE) before their calls are cancelled.
     */
    private static final java.time.Duration IN_FLIGHT_GRACE = java.time.Duration.ofMillis(2_500);
    private static final Logger log = LoggerFactory.getLogger(TelegramLink.class);

    private final TelegramBot bot;
    private final BotDispatcher dispatcher;
    private final Scheduler jobs;
    private final FloodControl flood;
    private volatile boolean running;
    private final RegisterDatabase.Held held;
    private final Receiver receiver;

    /**
     * A second run on a SQLite register (by any path to it) stops here, with one line, while the application is
     * still being built: before Quartz starts (its start-up firing would run the passes) and before it polls. On
     * PostgreSQL several runs share the register, and the {@link Receiver} lets one of them poll.
     */
    TelegramLink(TelegramConnection connection, BotDispatcher dispatcher, Scheduler jobs, RunLock runLock,
                 FloodSettings floodSettings, java.time.Clock clock, ContactActions contacts, Outbox outbox, Texts texts,
                 TelegramSettings telegram, ReceivingSettings receiving) {
        this.held = runLock.acquire();
        this.bot = connection.bot();
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        // What one chat may cost is limited before the dispatcher: a flood from one chat delays only that chat.
        this.flood = bot == null ? null : new FloodControl(dispatcher, floodSettings, clock, contacts::isLinked,
                chat -> tellTooFast(outbox, texts, chat), telegram.token());
        this.receiver = bot == null ? null : new Receiver(runLock, receiving, () -> bot.startPolling(flood), bot::stopPolling);
    }

    private static void tellTooFast(Outbox outbox, Texts texts, long chatId) {
        try {
            outbox.send(chatId, texts.get("flood.tooFast"), Keyboard.NONE);
        } catch (TelegramFailure e) {
            log.warn("Chat {}: the notice about sending too fast was not delivered: {}", chatId, e.errorCode());
        }
    }

    @Override
    public void destroy() {
        held.close();
    }

    @Override
    public void start() {
        if (bot == null) {
            log.warn("Không có TELEGRAM_BOT_TOKEN: không gửi gì lên Telegram và không nhận lệnh; "
                    + "những gì dondoc sẽ gửi được in ra đây.");
        } else {
            // Every node says who it is and sets the menu; the receiver decides whether this one polls.
            bot.introduce(dispatcher.menu());
            receiver.begin();
        }
        running = true;
    }

    /**
     * A stop is obeyed within seconds: a pass still sending is interrupted, what it has under way gets a little
     * more time for Telegram's answers, then those calls still open are cancelled; it records what it did, and what it had not sent stays in the register for the next pass (a message cut
     * off in flight is tried again, so it may arrive twice, as after a crash). Then Quartz is shut down,
     * waiting for that, and the connection closed.
     */
    @Override
    public void stop() {
        if (receiver != null) {
            // Receiving ends first: on PostgreSQL another node takes over while this one finishes its passes.
            receiver.close();
        }
        try {
            // A pass that is sending gets a few seconds to finish (then nothing is left half-sent); one stuck on a
            // Telegram that does not answer is interrupted, so that a stop is obeyed within 10 s.
            jobs.standby();
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            while (!jobs.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            for (JobExecutionContext running : jobs.getCurrentlyExecutingJobs()) {
                jobs.interrupt(running.getFireInstanceId());
            }
            // An interrupted pass starts nothing more; the messages it has under way (up to DONDOC_SEND_IN_FLIGHT)
            // get their answers and are written down, unless Telegram does not answer: then they are cancelled.
            deadline = System.nanoTime() + IN_FLIGHT_GRACE.toNanos();
            while (!jobs.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (SchedulerException e) {
            log.warn("Interrupting the jobs: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (bot != null) {
            bot.cancelCalls();
        }
        try {
            jobs.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Stopping the jobs: {}", e.getMessage());
        }
        if (bot != null) {
            bot.close();
            flood.close();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
