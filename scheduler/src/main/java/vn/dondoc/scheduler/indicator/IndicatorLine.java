package vn.dondoc.scheduler.indicator;

import java.util.List;
import java.util.Map;

/**
 * One indicator as of a day: what {@code indicators} lists.
 *
 * @param figures   every figure of its row by column key (PREVIOUS, PLAN, Q1, 6M, 9M, YEAR, RATIO)
 * @param targets   the period targets that are numbers
 * @param actuals   the figure in force per period (the latest reported)
 * @param standings per period with a target
 */
public record IndicatorLine(long id, String source, int planYear, String item, String tt, String context, String name,
                            String unit, List<String> agencies, List<Long> agencyIds, boolean agencyInherited,
                            boolean part, Direction direction, String directionWords, Map<String, Figure> figures,
                            Map<Period, Figure> targets, Map<Period, Actual> actuals, Map<Period, Standing> standings) {

    public IndicatorLine {
        agencies = List.copyOf(agencies);
        agencyIds = List.copyOf(agencyIds);
    }

    /**
     * "Cây lúa cả năm — Sản lượng": the name with what it stands under, since "Sản lượng" alone says too little. A
     * section's title (written in capitals: "CÁC CHỈ TIÊU DỊCH VỤ") says nothing the name needs.
     */
    public String fullName() {
        boolean sectionTitle = context != null && context.equals(context.toUpperCase(java.util.Locale.ROOT));
        return context == null || context.isBlank() || sectionTitle ? name : context + " — " + name;
    }

    public java.time.LocalDate end(Period period) {
        return period.end(planYear);
    }
}
