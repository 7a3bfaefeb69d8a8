package vn.dondoc.scheduler.indicator;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The periods an indicator table sets targets for; each ends on a fixed day of the plan year, the day the
 * agency in charge owes its figure. {@link #key()} is the name in JSON and in the register.
 */
public enum Period {
    Q1("Q1", MonthDay.of(3, 31), "quy (i|1)"),
    M6("6M", MonthDay.of(6, 30), "6 thang( dau nam)?"),
    M9("9M", MonthDay.of(9, 30), "9 thang( dau nam)?"),
    YEAR("YEAR", MonthDay.of(12, 31), "(ca )?nam");

    private final String key;
    private final MonthDay end;
    private final Pattern words;

    Period(String key, MonthDay end, String words) {
        this.key = key;
        this.end = end;
        this.words = Pattern.compile(words);
    }

    public String key() {
        return key;
    }

    public LocalDate end(int planYear) {
        return end.atYear(planYear);
    }

    public static Optional<Period> ofKey(String key) {
        for (Period p : values()) {
            if (p.key.equalsIgnoreCase(key) || p.name().equalsIgnoreCase(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** "Quý I", "quy 1", "6 tháng", "9 thang", "cả năm", "năm", or a key ("Q1", "6M"): typed with or without diacritics. */
    public static Optional<Period> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(written).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        for (Period p : values()) {
            if (p.words.matcher(folded).matches()) {
                return Optional.of(p);
            }
        }
        return ofKey(written.trim());
    }
}
