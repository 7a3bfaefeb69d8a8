package vn.dondoc.bot;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.schedule.RunLock;
import vn.dondoc.scheduler.text.LogValue;

/**
 * Which node receives Telegram's updates. Telegram answers a second getUpdates with 409 (and both pollers miss
 * updates), so exactly one node polls. On a SQLite register the run lock already makes this run the only one: it
 * polls from the start. On PostgreSQL every node tries to take the receiving lease at start and then every
 * {@link ReceivingSettings#every()} until it gets it, and then polls; while it polls it checks as often that the lease is
 * still its own, and stops polling at once when its connection to the server is lost, before the server can give the
 * lease to another node (never two pollers), then tries again like the others. A node killed (kill -9) closes its
 * socket and the server frees the lease at once: another node takes it within {@code every} and polls after a grace
 * of {@code every} + 4 s (a former holder may not have noticed yet), 14 s at most with the default 5 s. A machine
 * that vanishes is noticed by the server within about 20 s (RegisterDatabase.tryLease): taken over within 30 s.
 * Every node sends.
 */
final class Receiver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Receiver.class);

    private final RunLock lock;
    private final Duration every;
    private final Runnable startPolling;
    private final Runnable stopPolling;
    private final String node;
    private ScheduledExecutorService timer;
    /** Only touched on the timer's thread, and by close once that has ended. */
    private RegisterDatabase.Lease lease;
    private boolean toldWaiting;

    Receiver(RunLock lock, ReceivingSettings settings, Runnable startPolling, Runnable stopPolling) {
        this.lock = lock;
        this.every = settings.every();
        this.startPolling = startPolling;
        this.stopPolling = stopPolling;
        this.node = nodeName();
    }

    /** Polls now (SQLite), or from when this node gets the lease (PostgreSQL). */
    synchronized void begin() {
        if (!lock.shared()) {
            startPolling.run();
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "telegram-receiving-lease");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            if (lease == null) {
                take();
            } else if (!lease.held()) {
                stopPolling.run();
                lease.close();
                lease = null;
                log.warn("Nút {} mất kết nối tới PostgreSQL nên đã ngừng nhận tin nhắn từ Telegram; thử nhận lại mỗi {} s"
                        + " (lost the receiving lease: stopped polling).", node, seconds());
            }
        } catch (RuntimeException e) {
            // The server out of reach, or Telegram at the first poll: tried again at the next tick.
            log.warn("Nút {}: chưa nhận tin nhắn được ({}); thử lại sau {} s.", node, LogValue.of(String.valueOf(e.getMessage())),
                    seconds());
        }
    }

    private void take() {
        RegisterDatabase.Lease taken = lock.tryReceiving();
        if (taken == null) {
            if (!toldWaiting) {
                log.info("Nút khác đang nhận tin nhắn từ Telegram; nút {} chờ (thử lại mỗi {} s) và vẫn gửi nhắc"
                        + " (another node polls; this one waits and still sends).", node, seconds());
                toldWaiting = true;
            }
            return;
        }
        try {
            // The lease may have been freed by the server while its former holder still polls: the server ended
            // that session (a restart, an administrator), and the holder notices only at its next check. Wait
            // until it has surely checked and stopped, then poll: never two pollers.
            Thread.sleep(grace().toMillis());
            if (!taken.held()) {
                taken.close();
                return;
            }
            startPolling.run();
        } catch (InterruptedException e) {
            taken.close();
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            taken.close();
            throw e;
        }
        lease = taken;
        toldWaiting = false;
        log.info("Nút {} nhận tin nhắn từ Telegram (this node polls).", node);
    }

    /** The interval as a person reads it: "5", "0.2". */
    private String seconds() {
        return java.math.BigDecimal.valueOf(every.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** How long a former holder may go on polling after losing the lease: until its next check has answered, and a second. */
    private Duration grace() {
        return every.plus(RegisterDatabase.Lease.CHECK_TIMEOUT).plusSeconds(1);
    }

    /** Stops polling and lets the lease go, so that another node takes over within its {@code every}. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopPolling.run();
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "?";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
