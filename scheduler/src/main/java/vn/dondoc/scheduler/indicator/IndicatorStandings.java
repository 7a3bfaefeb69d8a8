package vn.dondoc.scheduler.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The standing of the indicators for the digest: per period that has ended or has figures, the count of each
 * standing, and the largest shortfalls against target.
 */
@Component
public class IndicatorStandings {

    private final IndicatorRegister register;

    public IndicatorStandings(IndicatorRegister register) {
        this.register = register;
    }

    /** Over the indicators whose agencies pass {@code inScope}. */
    public IndicatorSection section(LocalDate day, Predicate<List<Long>> inScope) {
        Map<Period, int[]> counts = new EnumMap<>(Period.class);
        List<IndicatorSection.Gap> gaps = new ArrayList<>();
        for (IndicatorLine line : register.lines(null, day)) {
            if (!inScope.test(line.agencyIds())) {
                continue;
            }
            for (Map.Entry<Period, Standing> e : line.standings().entrySet()) {
                Standing standing = e.getValue();
                if (standing == Standing.NOT_DUE) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[3]);
                c[standing.ordinal()]++;
                if (standing == Standing.NOT_MET) {
                    Figure target = line.targets().get(e.getKey());
                    Actual actual = line.actuals().get(e.getKey());
                    gaps.add(new IndicatorSection.Gap(line.id(), line.fullName(), line.unit(), e.getKey(), actual.written(),
                            target.written(), 100 * Standing.shortfall(target, line.direction(), actual.value()),
                            line.agencies()));
                }
            }
        }
        gaps.sort(Comparator.comparingDouble(IndicatorSection.Gap::shortfallPercent).reversed());
        List<IndicatorSection.PeriodCount> periods = new ArrayList<>();
        counts.forEach((p, c) -> periods.add(new IndicatorSection.PeriodCount(p, c[0], c[1], c[2])));
        return new IndicatorSection(periods, gaps.subList(0, Math.min(IndicatorSection.WORST_GAPS, gaps.size())));
    }
}
