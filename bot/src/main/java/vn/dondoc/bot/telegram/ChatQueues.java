package vn.dondoc.bot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serves chats fairly: each chat has its own short queue, and a few workers take one message from each chat
 * in turn (round robin), never two of one chat at once (a chat's messages stay in order). One chat sending
 * hundreds of messages waits behind itself, not in front of everyone else; what overflows its queue is dropped.
 */
final class ChatQueues implements AutoCloseable {

    private final int perChat;
    private final Consumer<Incoming> work;
    private final Map<Long, Deque<Incoming>> waiting = new HashMap<>();
    /** Chats with a message waiting and no worker on them, in the order they get their turn. */
    private final Deque<Long> ready = new ArrayDeque<>();
    private final Set<Long> busy = new HashSet<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    ChatQueues(int workers, int perChat, Consumer<Incoming> work) {
        this.perChat = perChat;
        this.work = work;
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(this::serve, "telegram-worker-" + (i + 1));
            worker.setDaemon(true);
            this.workers.add(worker);
            worker.start();
        }
    }

    /** Queues {@code incoming} behind its chat's earlier messages; false when that queue is full (dropped). */
    synchronized boolean offer(Incoming incoming) {
        if (closed) {
            return false;
        }
        Deque<Incoming> queue = waiting.computeIfAbsent(incoming.chatId(), id -> new ArrayDeque<>());
        if (queue.size() >= perChat) {
            return false;
        }
        queue.addLast(incoming);
        if (queue.size() == 1 && !busy.contains(incoming.chatId())) {
            ready.addLast(incoming.chatId());
            notifyAll();
        }
        return true;
    }

    /** Nothing waiting and nothing being handled. */
    synchronized boolean idle() {
        return ready.isEmpty() && busy.isEmpty();
    }

    private void serve() {
        while (true) {
            Incoming next;
            synchronized (this) {
                while (ready.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                long chat = ready.removeFirst();
                next = waiting.get(chat).removeFirst();
                busy.add(chat);
            }
            try {
                work.accept(next);
            } catch (Throwable e) {
                // The work logs its own failures; a worker must outlive any of them.
            } finally {
                synchronized (this) {
                    busy.remove(next.chatId());
                    Deque<Incoming> queue = waiting.get(next.chatId());
                    if (queue.isEmpty()) {
                        waiting.remove(next.chatId());
                    } else {
                        ready.addLast(next.chatId());
                    }
                    notifyAll();
                }
            }
        }
    }

    /** Stops taking messages; a worker in the middle of one finishes it (up to 5 s). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
