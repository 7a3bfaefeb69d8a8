package vn.dondoc.bot.console;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.dondoc.scheduler.notice.NoticeImport;

/**
 * A register uploaded on the import page, kept between the preview and the confirmation: the file in a temporary
 * folder of its own (under its own name, which the history shows), the document's number and date, the sheet chosen
 * and the deadlines corrected; for a notice in prose, the tasks dropped and corrected. It lives in the session and
 * nowhere in the register: its folder is deleted when it leaves the session, that is on confirm, on cancel, on another
 * upload, or when the session ends.
 */
final class PendingImport implements HttpSessionBindingListener {

    static final String SESSION_KEY = PendingImport.class.getName();

    private final Path folder;
    private final Path file;
    private final String number;
    private final LocalDate issued;
    private String sheet;
    private final Map<Integer, String> deadlines = new TreeMap<>();
    /** A notice in prose: its tasks are listed, dropped or corrected one by one ({@link NoticeImport.Edits}). */
    private boolean notice;
    private final Set<Integer> dropped = new TreeSet<>();
    private final Map<Integer, NoticeImport.Correction> corrections = new TreeMap<>();

    private PendingImport(Path folder, Path file, String number, LocalDate issued) {
        this.folder = folder;
        this.file = file;
        this.number = number;
        this.issued = issued;
    }

    /** Copies the upload into a new temporary folder; {@code name} is the browser's file name, reduced to its last part. */
    static PendingImport keep(InputStream upload, String name, String number, LocalDate issued) throws IOException {
        Path folder = Files.createTempDirectory("dondoc-import-");
        Path file = folder.resolve(safeName(name));
        try (upload) {
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(folder);
            throw e;
        }
        return new PendingImport(folder, file, number, issued);
    }

    /** The last part of the name without separators or control characters (a browser may send a whole path). */
    static String safeName(String name) {
        String given = name == null ? "" : name.replace('\\', '/');
        given = given.substring(given.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        return given.isEmpty() || given.startsWith(".") ? "tep" + given : given;
    }

    Path file() {
        return file;
    }

    String fileName() {
        return file.getFileName().toString();
    }

    String number() {
        return number;
    }

    LocalDate issued() {
        return issued;
    }

    String sheet() {
        return sheet;
    }

    void choose(String sheet, Map<Integer, String> corrected) {
        this.sheet = sheet == null || sheet.isBlank() ? null : sheet;
        corrected.forEach((line, phrase) -> {
            if (phrase == null || phrase.isBlank()) {
                deadlines.remove(line);
            } else {
                deadlines.put(line, phrase.strip());
            }
        });
    }

    Map<Integer, String> deadlines() {
        return Map.copyOf(deadlines);
    }

    boolean notice() {
        return notice;
    }

    void markNotice() {
        this.notice = true;
    }

    /** The office's edits of the notice's tasks, replacing the last ones (the form sends every row each time). */
    void edit(NoticeImport.Edits edits) {
        dropped.clear();
        dropped.addAll(edits.dropped());
        corrections.clear();
        corrections.putAll(edits.corrections());
    }

    NoticeImport.Edits edits() {
        return new NoticeImport.Edits(dropped, corrections);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        delete(folder);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
