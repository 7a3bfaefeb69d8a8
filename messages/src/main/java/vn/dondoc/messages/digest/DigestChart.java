package vn.dondoc.messages.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The digest's chart: one horizontal bar per agency, stacked in the four statuses, sized for a phone
 * (1080 px wide, large type, short agency names). Agencies with the most overdue come first; beyond
 * {@link #TOP} the rest are summed in one line under the title, so the bars stay readable. Its words
 * are the texts' ({@code digest.chart.*}, {@code status.*}), in the reader's language.
 */
public final class DigestChart {

    static final int WIDTH = 1080;
    static final int TOP = 12;

    /** The standard four, in the order reports and the chart show them. */
    public static final List<MilestoneStatus> FOUR = List.of(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE,
            MilestoneStatus.OPEN_ON_TIME, MilestoneStatus.OPEN_OVERDUE);

    /** Families tried in order; the first that has every Vietnamese letter the chart writes wins. */
    static final List<String> FONT_FAMILIES = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial");

    /** Every letter with a Vietnamese diacritic, and the Vietnamese labels themselves. */
    static final String VIETNAMESE_SAMPLE = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
            + "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
            + labels(Texts.of(Texts.Language.VIETNAMESE));

    private static final Map<MilestoneStatus, Color> COLOURS = new EnumMap<>(Map.of(
            MilestoneStatus.DONE_ON_TIME, new Color(0x2E7D32),
            MilestoneStatus.DONE_LATE, new Color(0x9E9D24),
            MilestoneStatus.OPEN_ON_TIME, new Color(0x1565C0),
            MilestoneStatus.OPEN_OVERDUE, new Color(0xC62828)));

    static {
        // Servers have no display; AWT must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Texts texts;

    public DigestChart(Texts texts) {
        this.texts = texts;
    }

    public byte[] png(Digest digest) {
        Font base = font();
        CategoryDataset data = dataset(digest);
        JFreeChart chart = ChartFactory.createStackedBarChart(texts.get("digest.chart.title"), null, texts.get("digest.chart.axis"),
                data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(base.deriveFont(Font.BOLD, 44f));
        chart.addSubtitle(new TextTitle(texts.get("digest.chart.subtitle", Formats.date(digest.week()), Formats.date(digest.day()),
                digest.deadlines()), base.deriveFont(28f)));
        othersNote(digest).ifPresent(note -> chart.addSubtitle(new TextTitle(note, base.deriveFont(26f))));
        chart.getLegend().setItemFont(base.deriveFont(28f));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setBorder(0, 0, 0, 0);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBDBDBD));
        plot.setRangeGridlineStroke(new BasicStroke(1.5f));
        plot.setNoDataMessage(texts.get("digest.chart.empty"));
        plot.setNoDataMessageFont(base.deriveFont(32f));
        CategoryAxis agencies = plot.getDomainAxis();
        agencies.setTickLabelFont(base.deriveFont(Font.BOLD, 30f));
        agencies.setMaximumCategoryLabelWidthRatio(0.45f);
        agencies.setCategoryMargin(0.25);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(base.deriveFont(26f));
        counts.setLabelFont(base.deriveFont(26f));

        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < FOUR.size(); i++) {
            bars.setSeriesPaint(i, COLOURS.get(FOUR.get(i)));
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                return n == null || n.intValue() == 0 ? null : String.valueOf(n.intValue());
            }
        });
        bars.setDefaultItemLabelFont(base.deriveFont(Font.BOLD, 26f));
        bars.setDefaultItemLabelPaint(Color.WHITE);
        bars.setDefaultItemLabelsVisible(true);

        int rows = Math.max(1, data.getColumnCount());
        int height = 420 + rows * 76;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first installed family that can write every Vietnamese letter, else Java's logical sans-serif. */
    static Font font() {
        for (String family : FONT_FAMILIES) {
            Font font = new Font(family, Font.PLAIN, 12);
            // An unknown family silently becomes "Dialog"; only accept the one asked for.
            if (font.getFamily(Locale.ROOT).equalsIgnoreCase(family) && font.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1) {
                return font;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** The agencies charted: the first {@link #TOP} of the digest's own order (most overdue first), as its text lists them. */
    static List<Digest.AgencyRow> shown(Digest digest) {
        return digest.agencies().subList(0, Math.min(TOP, digest.agencies().size()));
    }

    /**
     * The agencies left out, in one line under the title. Not an "others" bar: summed over twenty-odd
     * agencies it would be the longest bar and squeeze the others into slivers.
     */
    Optional<String> othersNote(Digest digest) {
        List<Digest.AgencyRow> shown = shown(digest);
        List<Digest.AgencyRow> rest = digest.agencies().stream().filter(r -> !shown.contains(r)).toList();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        int milestones = rest.stream().mapToInt(DigestChart::charted).sum();
        int overdue = rest.stream().mapToInt(r -> r.count(MilestoneStatus.OPEN_OVERDUE)).sum();
        return Optional.of(texts.get("digest.chart.others", rest.size(), milestones, overdue));
    }

    /** Series are the four statuses, categories the agencies shown. */
    DefaultCategoryDataset dataset(Digest digest) {
        Map<String, Digest.AgencyRow> bars = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Digest.AgencyRow row : shown(digest)) {
            bars.put(unique(row.shortName(), used), row);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MilestoneStatus status : FOUR) {
            for (Map.Entry<String, Digest.AgencyRow> bar : bars.entrySet()) {
                data.addValue(bar.getValue().count(status), texts.get("status." + status), bar.getKey());
            }
        }
        return data;
    }

    /** Every word the chart writes in one language, for the font test. */
    static String labels(Texts texts) {
        StringBuilder all = new StringBuilder();
        FOUR.forEach(s -> all.append(texts.get("status." + s)));
        for (String key : List.of("digest.chart.title", "digest.chart.axis", "digest.chart.subtitle", "digest.chart.others",
                "digest.chart.empty")) {
            all.append(texts.get(key));
        }
        return all.toString();
    }

    private static int charted(Digest.AgencyRow row) {
        return FOUR.stream().mapToInt(row::count).sum();
    }

    /** Two agencies may shorten alike; a category key must be unique or the bars merge. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
