package vn.dondoc.bot.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Registers the office sent, previewed and waiting for Nhập (or for the document's number and date). The file waits
 * on disk in a temporary folder of this process, the rest in memory: nothing of it is the register's business until
 * Nhập, and a restart, Hủy or {@link #WAIT} without an answer forgets it and deletes the file, so a preview the office
 * no longer looks at can never be imported later by a stray press. Keys are digits (Telegram's quoted question
 * carries them back) starting at a random number, so an old button cannot meet a new import after a restart.
 */
final class PendingImports {

    /** How long a preview waits for Nhập or Hủy. */
    static final Duration WAIT = Duration.ofMinutes(30);
    /** The office sends a file or two at a time; more waiting than this is forgotten, the oldest first. */
    private static final int CAPACITY = 20;

    /**
     * A file downloaded to {@code file}, sent by {@code contactId} in {@code chatId} under the name {@code name};
     * {@code notice} when it is a notice in prose, whose tasks at the places {@code dropped} (counted from 1 in the
     * reading, {@code NoticeImport.Edits}) the office left out.
     */
    record Pending(String key, long chatId, long contactId, Path file, String name, ImportCaption caption, Instant received,
                   boolean notice, Set<Integer> dropped) {

        Pending {
            dropped = Set.copyOf(dropped);
        }

        Pending with(ImportCaption caption) {
            return new Pending(key, chatId, contactId, file, name, caption, received, notice, dropped);
        }

        Pending dropping(Set<Integer> lines) {
            Set<Integer> more = new java.util.TreeSet<>(dropped);
            more.addAll(lines);
            return new Pending(key, chatId, contactId, file, name, caption, received, notice, more);
        }
    }

    private final Clock clock;
    private final Path configuredRoot;
    private Path root;
    private long next = 100_000 + new SecureRandom().nextInt(800_000);
    private final Map<String, Pending> waiting = new LinkedHashMap<>();

    /** {@code root} null: a folder of its own under the system's temporary folder, made when the first file comes. */
    PendingImports(Clock clock, Path root) {
        this.clock = clock;
        this.configuredRoot = root;
    }

    /** A new empty folder for one sent file, and the key it will wait under. */
    synchronized Path newFolder() {
        forgetExpired();
        try {
            if (root == null) {
                root = configuredRoot != null ? Files.createDirectories(configuredRoot) : Files.createTempDirectory("dondoc-imports-");
            }
            return Files.createDirectory(root.resolve(Long.toString(next++)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds a downloaded file; its key is the name of its folder. */
    synchronized Pending hold(long chatId, long contactId, Path file, String name, ImportCaption caption, boolean notice) {
        String key = file.getParent().getFileName().toString();
        Pending pending = new Pending(key, chatId, contactId, file, name, caption, clock.instant(), notice, Set.of());
        waiting.put(key, pending);
        while (waiting.size() > CAPACITY) {
            forget(waiting.keySet().iterator().next());
        }
        return pending;
    }

    /** The file waiting under {@code key} for this chat, still waiting. */
    synchronized Optional<Pending> get(String key, long chatId) {
        forgetExpired();
        return Optional.ofNullable(waiting.get(key)).filter(p -> p.chatId() == chatId);
    }

    /** The newest file of this chat still waiting for its document's number or date. */
    synchronized Optional<Pending> awaitingCaption(long chatId) {
        forgetExpired();
        return waiting.values().stream().filter(p -> p.chatId() == chatId && !p.caption().complete())
                .reduce((first, second) -> second);
    }

    /** The newest notice of this chat whose preview waits for Nhập (its document known). */
    synchronized Optional<Pending> awaitingNotice(long chatId) {
        forgetExpired();
        return waiting.values().stream().filter(p -> p.chatId() == chatId && p.notice() && p.caption().complete())
                .reduce((first, second) -> second);
    }

    synchronized void update(Pending pending) {
        waiting.replace(pending.key(), pending);
    }

    /** Removed, so a second press does nothing; the caller imports (or not) and then calls {@link #delete}. */
    synchronized Optional<Pending> take(String key, long chatId) {
        Optional<Pending> pending = get(key, chatId);
        pending.ifPresent(p -> waiting.remove(key));
        return pending;
    }

    /** Forgets the file under {@code key} and deletes it. */
    synchronized void forget(String key) {
        Pending pending = waiting.remove(key);
        if (pending != null) {
            delete(pending.file().getParent());
        }
    }

    /** Deletes one file's folder (a refused or finished import). */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Already gone, or the temporary folder is being cleaned: nothing waits on it any more.
        }
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(WAIT);
        waiting.values().stream().filter(p -> p.received().isBefore(oldest)).map(Pending::key).toList().forEach(this::forget);
    }
}
