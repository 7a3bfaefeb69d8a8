package vn.dondoc.scheduler.indicator;

import java.util.Map;

/**
 * One indicator as the table gives it.
 *
 * @param item           where it stands: its section and its place in it ("II.14"), the key a re-import updates by
 * @param tt             the TT cell as printed ("-", "1", "a", or empty)
 * @param context        the heading it stands under, or the indicator it is a part of ("Trong đó")
 * @param agency         the agency cell in force: its own, or inherited from the rows above
 * @param agencyInherited its own agency cell was empty
 * @param part           a part of the indicator above (italics, or under "Trong đó:")
 * @param figures        every figure of the row, by column
 */
record IndicatorRow(int line, String item, String tt, String section, String context, String name, String unit,
                    String agency, boolean agencyInherited, boolean part, Map<IndicatorColumn, Figure> figures) {

    IndicatorRow {
        figures = Map.copyOf(figures);
    }
}
