package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as Vietnamese documents write it: "." groups thousands and "," is the decimal mark ("21.275,0",
 * "1.002.409", "0,3"). A dot not followed by groups of three digits ("12.5", typed the English way) is a decimal
 * point, since no Vietnamese thousands group looks like that.
 */
public final class VietnameseNumber {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private VietnameseNumber() {
    }

    public static Optional<BigDecimal> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip().replace(" ", "").replace("\u00A0", "");
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        if (COMMA_DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        if (POINT_DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        return Optional.empty();
    }

    /** The way an office writes {@code n} back: 1.002.409 and 21.275,5. */
    public static String format(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String text = plain.toPlainString();
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }
}
