package vn.dondoc.scheduler.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The holiday schedules the Government announced, shipped with dondoc as {@code holidays/YYYY.tsv} (format in
 * {@code holidays/README.md}), each day with the number of its document. They apply to every register; the
 * office's own days ({@link OfficeDays}) still win.
 */
public final class AnnouncedSchedules {

    /** The years shipped; a year is read when first asked for. */
    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2026;

    private static final AnnouncedSchedules BUNDLED = load();
    private static final AnnouncedSchedules NONE = new AnnouncedSchedules(Map.of());

    private final Map<Integer, Year> years;

    private AnnouncedSchedules(Map<Integer, Year> years) {
        this.years = Map.copyOf(years);
    }

    /** The schedules in dondoc's resources. */
    public static AnnouncedSchedules bundled() {
        return BUNDLED;
    }

    /** No announced schedule: the rule alone (for tests of the rule and the office's days). */
    public static AnnouncedSchedules none() {
        return NONE;
    }

    public boolean has(int year) {
        return years.containsKey(year);
    }

    Year year(int year) {
        return years.getOrDefault(year, Year.EMPTY);
    }

    /** One year's announced days: the occasions it replaces, its days off and its make-up working days. */
    record Year(Set<Occasion> occasions, List<Holiday> daysOff, List<WorkingDay> workingDays) {
        static final Year EMPTY = new Year(Set.of(), List.of(), List.of());
    }

    private static AnnouncedSchedules load() {
        Map<Integer, Year> years = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String resource = "/holidays/" + year + ".tsv";
            try (InputStream in = AnnouncedSchedules.class.getResourceAsStream(resource)) {
                if (in != null) {
                    years.put(year, parse(year, resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AnnouncedSchedules(years);
    }

    /** A malformed shipped file is a build mistake: it fails loudly (a test reads every year). */
    static Year parse(int year, String resource, BufferedReader reader) throws IOException {
        Set<String> documents = new java.util.HashSet<>();
        Set<Occasion> occasions = EnumSet.noneOf(Occasion.class);
        List<Holiday> off = new ArrayList<>();
        List<WorkingDay> working = new ArrayList<>();
        Set<LocalDate> seen = new java.util.HashSet<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = resource + ":" + number;
            switch (cells[0]) {
                case "document" -> {
                    require(cells.length == 5 && cells[4].startsWith("http"), where, "document NUMBER ISSUER DATE URL");
                    LocalDate.parse(cells[3]);
                    documents.add(cells[1]);
                }
                case "off", "working" -> {
                    require(cells.length == 5, where, cells[0] + " DATE OCCASION NAME DOCUMENT");
                    LocalDate date = LocalDate.parse(cells[1]);
                    require(date.getYear() == year && seen.add(date), where, "a date of " + year + ", once");
                    require(documents.contains(cells[4]), where, "a document declared above: " + cells[4]);
                    Occasion occasion = Occasion.valueOf(cells[2]);
                    occasions.add(occasion);
                    if (cells[0].equals("off")) {
                        off.add(new Holiday(date, cells[3], Holiday.Kind.ANNOUNCED, cells[4]));
                    } else {
                        require(VietnamHolidays.isWeekend(date), where, "a make-up day on a weekend");
                        working.add(new WorkingDay(date, cells[3], cells[4]));
                    }
                }
                default -> require(false, where, "document, off or working");
            }
        }
        return new Year(Set.copyOf(occasions), List.copyOf(off), List.copyOf(working));
    }

    private static void require(boolean ok, String where, String expected) {
        if (!ok) {
            throw new IllegalStateException(where + ": expected " + expected);
        }
    }
}
