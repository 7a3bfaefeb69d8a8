package vn.dondoc.scheduler.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyMatcher;
import vn.dondoc.scheduler.agency.AgencyNames;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlinePhrases;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * Scores the notice reader on a folder of notices written out by hand: each {@code NAME.txt} (or .docx, .pdf)
 * next to {@code NAME.expected}, whose lines are "lead | first words of the task | due" (a date yyyy-mm-dd, NONE,
 * or ? when the text gives no definite day) and a "# issued: yyyy-mm-dd" line. A (lead, task) pair is right when
 * the lead is the same agency (abbreviations allowed) and the task's first words stand near the start of a found
 * task of that lead.
 */
public final class NoticeBenchmark {

    /** How far into a found task the expected first words may start ("khẩn trương …" before the action). */
    private static final int START_SLACK = 40;

    public record Figures(int notices, int expected, int found, int right, int definiteDates, int rightDates,
                          List<String> misses, List<String> extras) {

        public double precision() {
            return found == 0 ? 0 : (double) right / found;
        }

        public double recall() {
            return expected == 0 ? 0 : (double) right / expected;
        }

        public double dateShare() {
            return definiteDates == 0 ? 1 : (double) rightDates / definiteDates;
        }
    }

    private record Expected(String lead, String start, String due) {
    }

    private record Pair(String lead, NoticeTask task) {
    }

    private NoticeBenchmark() {
    }

    public static Figures run(Path folder) {
        DeadlinePhrases deadlines = new DeadlinePhrases(new OfficeCalendar(List.of()));
        NoticeReader reader = new NoticeReader(List.of());
        int notices = 0;
        int expectedCount = 0;
        int found = 0;
        int right = 0;
        int definite = 0;
        int rightDates = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Path expectedFile : expectedFiles(folder)) {
            String name = expectedFile.getFileName().toString().replaceFirst("\\.expected$", "");
            Path notice = noticeFile(folder, name);
            List<String> lines = read(expectedFile);
            LocalDate issued = LocalDate.parse(lines.stream().filter(l -> l.startsWith("# issued:")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(expectedFile + " has no '# issued:' line"))
                    .substring("# issued:".length()).strip().substring(0, 10));
            List<Expected> expected = lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\\|")).map(p -> new Expected(p[0].strip(), p[1].strip(), p[2].strip())).toList();
            List<Pair> pairs = new ArrayList<>();
            for (NoticeTask task : reader.read(NoticeFiles.lines(notice))) {
                task.leads().forEach(lead -> pairs.add(new Pair(lead, task)));
            }
            notices++;
            expectedCount += expected.size();
            found += pairs.size();
            List<Pair> unused = new ArrayList<>(pairs);
            for (Expected e : expected) {
                Pair match = unused.stream().filter(p -> sameAgency(e.lead(), p.lead()) && startsWith(p.task().task(), e.start()))
                        .findFirst().orElse(null);
                boolean isDate = e.due().matches("\\d{4}-\\d{2}-\\d{2}");
                if (isDate) {
                    definite++;
                }
                if (match == null) {
                    misses.add(name + ": " + e.lead() + " | " + e.start());
                    continue;
                }
                unused.remove(match);
                right++;
                if (isDate) {
                    Deadline d = match.task().deadlinePhrase() == null ? null
                            : deadlines.parse(match.task().deadlinePhrase(), issued, issued.getYear());
                    if (d != null && !d.dates().isEmpty() && d.dates().get(d.dates().size() - 1).equals(LocalDate.parse(e.due()))) {
                        rightDates++;
                    } else {
                        misses.add(name + ": due " + e.due() + " read as " + (d == null ? "none" : d.kind() + " " + d.dates())
                                + " from «" + match.task().deadlinePhrase() + "»");
                    }
                }
            }
            unused.forEach(p -> extras.add(name + ": " + p.lead() + " | " + p.task().task()));
        }
        return new Figures(notices, expectedCount, found, right, definite, rightDates, misses, extras);
    }

    static boolean sameAgency(String expected, String found) {
        if (AgencyNames.key(expected).equals(AgencyNames.key(found))) {
            return true;
        }
        AgencyMatcher.Kind kind = new AgencyMatcher(List.of(new Agency(1, expected, List.of()))).match(found).kind();
        return kind == AgencyMatcher.Kind.EXACT || kind == AgencyMatcher.Kind.EQUIVALENT;
    }

    static boolean startsWith(String task, String start) {
        int at = VietnameseText.fold(task).indexOf(VietnameseText.fold(start));
        return at >= 0 && at <= START_SLACK;
    }

    private static List<Path> expectedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".expected")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path noticeFile(Path folder, String name) {
        for (String extension : List.of(".txt", ".docx", ".pdf")) {
            Path file = folder.resolve(name + extension);
            if (Files.exists(file)) {
                return file;
            }
        }
        throw new IllegalArgumentException("no notice for " + name + " in " + folder);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
