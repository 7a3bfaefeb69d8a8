package vn.dondoc.scheduler.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * Up to {@code limit} deliveries under way at once, each on its own sending thread, their results handed
 * back one by one to the thread that started them, which alone writes them to the register. A delivery
 * counts as under way from {@link #start} until its result is taken by {@link #next}, so at any moment at
 * most {@code limit} messages can have gone out without being written down: that is what a crash re-sends.
 * With a limit of one the delivery runs on the caller's own thread, as it always did.
 *
 * @param <T> what the caller needs back with each result (the message and its rows)
 */
final class InFlight<T> implements AutoCloseable {

    /** A finished delivery. */
    record Done<T>(T item, DeliveryResult result) {
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int limit;
    private final ExecutorService senders;
    private final BlockingQueue<Done<T>> done = new LinkedBlockingQueue<>();
    private int underWay;

    InFlight(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        if (limit == 1) {
            this.senders = null;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            // A delivery is started only when there is room, so it waits in the queue only while the thread that
            // finished the last one gets back to it.
            this.senders = new ThreadPoolExecutor(limit, limit, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread thread = new Thread(r, "dondoc-send-" + pool + "-" + threads.incrementAndGet());
                // A sending thread never keeps the process alive: the pass that started it waits for it.
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    boolean hasRoom() {
        return underWay < limit;
    }

    int underWay() {
        return underWay;
    }

    /** Starts a delivery; call only when {@link #hasRoom()}. */
    void start(T item, Supplier<DeliveryResult> delivery) {
        if (!hasRoom()) {
            throw new IllegalStateException("already " + underWay + " under way");
        }
        underWay++;
        Job job = new Job(item, delivery);
        if (senders == null) {
            job.run();
        } else {
            senders.execute(job);
        }
    }

    /** Waits for the next delivery to finish (in the order they finish); call only when {@link #underWay()} > 0. */
    Done<T> next() throws InterruptedException {
        Done<T> next = done.take();
        underWay--;
        return next;
    }

    /** As {@link #next()}, waiting no longer than {@code nanos}: null when none finished by then. */
    Done<T> next(long nanos) throws InterruptedException {
        Done<T> next = done.poll(nanos, TimeUnit.NANOSECONDS);
        if (next != null) {
            underWay--;
        }
        return next;
    }

    /**
     * Interrupts every delivery under way (one waiting for its turn gives up; one Telegram is answering
     * ends when the client's calls are cancelled): their results still come through {@link #next}. Returns
     * the items of deliveries that had not begun yet: nothing of theirs went out.
     */
    @SuppressWarnings("unchecked")
    List<T> interrupt() {
        List<T> neverStarted = new ArrayList<>();
        if (senders != null) {
            for (Runnable job : senders.shutdownNow()) {
                neverStarted.add(((Job) job).item);
                underWay--;
            }
        }
        return neverStarted;
    }

    private final class Job implements Runnable {
        private final T item;
        private final Supplier<DeliveryResult> delivery;

        Job(T item, Supplier<DeliveryResult> delivery) {
            this.item = item;
            this.delivery = delivery;
        }

        @Override
        public void run() {
            DeliveryResult result;
            try {
                result = delivery.get();
            } catch (RuntimeException e) {
                // Every delivery must give a result, or the pass would wait for it for ever.
                result = DeliveryResult.Failed.mayPass(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            done.add(new Done<>(item, result));
        }
    }

    /** Lets the sending threads go; any delivery still under way (a failed write stopped the pass) is interrupted. */
    @Override
    public void close() {
        if (senders != null) {
            senders.shutdownNow();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
