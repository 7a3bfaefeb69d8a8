package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value of an indicator table, kept as the document wrote it and as numbers: "4.320,0" is exactly 4320.0,
 * "78-80" a range from 78 to 80, "≥ 90" at least 90, "> 90" more than 90. A cell that is none of these
 * ("theo kế hoạch") keeps its words and has no number ({@link Kind#TEXT}).
 *
 * @param low  the lower end (the value itself when exact), null when there is none
 * @param high the upper end (the value itself when exact), null when there is none
 */
public record Figure(String written, Kind kind, BigDecimal low, BigDecimal high) {

    public enum Kind {
        EXACT, RANGE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, TEXT
    }

    private static final Pattern RANGE = Pattern.compile("([\\d.,]+)\\s*[-–—]\\s*([\\d.,]+)");
    private static final Pattern BOUND = Pattern.compile("(≥|>=|>|≤|<=|<)\\s*([\\d.,]+)");

    /**
     * The figure a cell holds, or empty for an empty cell and for "-", which tables print for "no figure for this
     * period". Markup ({@code <i>}) and a trailing "%" are not part of the value.
     */
    public static Optional<Figure> parse(String cell) {
        String written = clean(cell);
        if (written.isEmpty() || written.matches("[-–—]+")) {
            return Optional.empty();
        }
        String bare = written.replaceAll("\\s*%$", "").strip();
        Optional<BigDecimal> exact = VietnameseNumber.parse(bare);
        if (exact.isPresent()) {
            return Optional.of(new Figure(written, Kind.EXACT, exact.get(), exact.get()));
        }
        Matcher range = RANGE.matcher(bare);
        if (range.matches()) {
            Optional<BigDecimal> from = VietnameseNumber.parse(range.group(1));
            Optional<BigDecimal> to = VietnameseNumber.parse(range.group(2));
            if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) <= 0) {
                return Optional.of(new Figure(written, Kind.RANGE, from.get(), to.get()));
            }
        }
        Matcher bound = BOUND.matcher(bare);
        if (bound.matches()) {
            Optional<BigDecimal> value = VietnameseNumber.parse(bound.group(2));
            if (value.isPresent()) {
                return Optional.of(switch (bound.group(1)) {
                    case "≥", ">=" -> new Figure(written, Kind.AT_LEAST, value.get(), null);
                    case ">" -> new Figure(written, Kind.MORE_THAN, value.get(), null);
                    case "≤", "<=" -> new Figure(written, Kind.AT_MOST, null, value.get());
                    default -> new Figure(written, Kind.LESS_THAN, null, value.get());
                });
            }
        }
        return Optional.of(new Figure(written, Kind.TEXT, null, null));
    }

    /** A number someone reported: only an exact value is an actual figure. */
    public static Optional<Figure> actual(String typed) {
        return parse(typed).filter(f -> f.kind() == Kind.EXACT);
    }

    public boolean isNumber() {
        return kind != Kind.TEXT;
    }

    /** The single number of an exact figure. */
    public BigDecimal value() {
        return kind == Kind.EXACT ? low : null;
    }

    /**
     * Whether {@code actual} reaches this target. A bound says its own direction; a plain value or a range is
     * reached from the side {@code direction} says is better (a range: reaching its near end is enough).
     */
    public boolean reachedBy(BigDecimal actual, Direction direction) {
        return switch (kind) {
            case AT_LEAST -> actual.compareTo(low) >= 0;
            case MORE_THAN -> actual.compareTo(low) > 0;
            case AT_MOST -> actual.compareTo(high) <= 0;
            case LESS_THAN -> actual.compareTo(high) < 0;
            case EXACT, RANGE -> direction == Direction.LESS_IS_BETTER ? actual.compareTo(high) <= 0 : actual.compareTo(low) >= 0;
            case TEXT -> false;
        };
    }

    /** The number an actual is measured against: the near end in the better direction. */
    public BigDecimal threshold(Direction direction) {
        return switch (kind) {
            case AT_LEAST, MORE_THAN -> low;
            case AT_MOST, LESS_THAN -> high;
            case EXACT, RANGE -> direction == Direction.LESS_IS_BETTER ? high : low;
            case TEXT -> null;
        };
    }

    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replaceAll("</?[iIbBuU]>", "").replaceAll("\\s+", " ").strip();
    }
}
