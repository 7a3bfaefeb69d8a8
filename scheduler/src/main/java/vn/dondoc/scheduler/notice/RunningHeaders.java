package vn.dondoc.scheduler.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A header or footer a PDF repeats on every page ("UBND TỈNH QUẢNG NAM – Thông báo số 12/TB-UBND"): a line of
 * some length that comes back three times or more, word for word. An agency's name repeated in the appendix
 * table is no header: {@code isAgency} keeps it.
 */
final class RunningHeaders implements LineFilter {

    static final int REPEATS = 3;
    private static final int SHORTEST = 12;

    private final java.util.function.Predicate<String> isAgency;

    RunningHeaders(java.util.function.Predicate<String> isAgency) {
        this.isAgency = isAgency;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine line : lines) {
            String key = VietnameseText.fold(line.text());
            if (key.length() >= SHORTEST) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return lines.stream()
                .filter(line -> {
                    String key = VietnameseText.fold(line.text());
                    return counts.getOrDefault(key, 0) < REPEATS || isAgency.test(line.text());
                })
                .toList();
    }
}
