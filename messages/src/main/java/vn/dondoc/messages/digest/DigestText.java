package vn.dondoc.messages.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.agency.AgencyShortName;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.indicator.IndicatorSection;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The digest as one Telegram HTML message, readable on a phone in a minute: the four statuses with the
 * change since last week, a compact per-agency table, the longest overdue, what falls due within a
 * week, and pending extensions. It is never split: when it would pass Telegram's 4096 characters, the
 * lists get shorter (ending "… và N việc khác") and titles are cut, until it fits.
 */
public final class DigestText {

    /** From the fullest to the barest; the first that fits is used. */
    private static final List<Budget> BUDGETS = List.of(
            new Budget(12, 10, 10, 5, 90),
            new Budget(10, 10, 8, 5, 70),
            new Budget(10, 10, 5, 3, 55),
            new Budget(8, 10, 5, 3, 40),
            new Budget(6, 10, 3, 2, 30),
            new Budget(5, 5, 3, 2, 25),
            new Budget(3, 3, 2, 1, 20),
            new Budget(0, 0, 0, 0, 0));
    private static final int NAME_WIDTH = 13;
    private static final int LEAD_LENGTH = 18;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final Map<MilestoneStatus, String> MARKS = Map.of(
            MilestoneStatus.DONE_ON_TIME, "🟢", MilestoneStatus.DONE_LATE, "🟡",
            MilestoneStatus.OPEN_ON_TIME, "🔵", MilestoneStatus.OPEN_OVERDUE, "🔴");
    private static final List<MilestoneStatus> FOUR = List.of(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE,
            MilestoneStatus.OPEN_ON_TIME, MilestoneStatus.OPEN_OVERDUE);
    /** The table's columns: overdue first, as the table is sorted. */
    private static final List<MilestoneStatus> COLUMNS = List.of(MilestoneStatus.OPEN_OVERDUE, MilestoneStatus.OPEN_ON_TIME,
            MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE);

    private final Texts texts;

    public DigestText(Texts texts) {
        this.texts = texts;
    }

    /** The message, at most {@link TelegramText#LIMIT} characters. */
    public String html(Digest digest) {
        for (Budget budget : BUDGETS) {
            String text = render(digest, budget);
            if (text.length() <= TelegramText.LIMIT) {
                return text;
            }
        }
        throw new IllegalStateException("The bare digest is longer than " + TelegramText.LIMIT + " characters");
    }

    /** The chart photo's caption (plain: a caption is at most 1024 characters). */
    public String chartCaption(Digest digest) {
        return texts.get("digest.chartCaption", Formats.date(digest.week()));
    }

    /** The register document's caption. */
    public String workbookCaption(Digest digest) {
        return texts.get("digest.workbookCaption", Formats.date(digest.day()), Formats.count(digest.deadlines()),
                Formats.count(digest.total(MilestoneStatus.NO_DEADLINE)));
    }

    /** {@code dondoc-2024-03-25.png}: the day the figures are of. */
    public static String chartFileName(Digest digest) {
        return "dondoc-" + digest.day() + ".png";
    }

    /** {@code dondoc-2024-03-25.xlsx}. */
    public static String workbookFileName(Digest digest) {
        return "dondoc-" + digest.day() + ".xlsx";
    }

    private String render(Digest d, Budget budget) {
        List<String> out = new ArrayList<>();
        out.add(texts.get("digest.title", Formats.date(d.week())));
        out.add(texts.get("digest.asOf", Formats.date(d.day()), Formats.count(d.deadlines())));
        out.add(d.scope().isAll() ? texts.get("digest.scopeAll") : texts.get("digest.scopeSome",
                Html.escape(d.agencies().stream().map(Digest.AgencyRow::name).sorted().collect(Collectors.joining(", ")))));
        out.add("");
        out.add(texts.get("digest.totals"));
        for (MilestoneStatus status : FOUR) {
            out.add(texts.get("digest.totalLine", MARKS.get(status), texts.get("status." + status),
                    Formats.count(d.total(status)), change(d.change(status))));
        }
        out.add(texts.get("digest.otherStatuses", texts.get("status.NO_DEADLINE"), d.total(MilestoneStatus.NO_DEADLINE),
                texts.get("status.CANCELLED"), d.total(MilestoneStatus.CANCELLED)));
        if (d.previousFrom() == Digest.PreviousFrom.RECOMPUTED) {
            out.add(texts.get("digest.previousRecomputed"));
        }
        if (budget.agencies() > 0 && !d.agencies().isEmpty()) {
            out.add("");
            out.add(texts.get("digest.agencies"));
            out.add(table(d.agencies(), budget.agencies()));
            out.add(texts.get("digest.agencyLegend"));
        }
        if (d.agenciesWithoutContact() > 0) {
            out.add(texts.get("digest.withoutContact", d.agenciesWithoutContact(), d.agencies().size()));
        }
        out.add("");
        if (d.longestOverdue().isEmpty()) {
            out.add(texts.get("digest.overdueNone"));
        } else if (budget.overdue() > 0) {
            out.add(texts.get("digest.overdue", Math.min(budget.overdue(), d.longestOverdue().size())));
            int n = 0;
            int listed = 0;
            for (Digest.Overdue o : d.longestOverdue().subList(0, Math.min(budget.overdue(), d.longestOverdue().size()))) {
                listed += o.overdueMilestones();
                String line = texts.get("digest.overdueLine", ++n, o.taskId(), leads(o.lead()),
                        texts.standing(new DueStanding(DueStanding.Kind.OVERDUE, o.workingDaysOverdue())),
                        Formats.date(o.due()), cut(o.title(), budget.title()));
                out.add(o.overdueMilestones() > 1 ? line + texts.get("digest.overdueMilestones", o.overdueMilestones()) : line);
            }
            more(out, d.total(MilestoneStatus.OPEN_OVERDUE) - listed);
        }
        out.add("");
        if (d.dueSoon().isEmpty()) {
            out.add(texts.get("digest.dueSoonNone"));
        } else {
            out.add(texts.get("digest.dueSoon", d.dueSoon().size()));
            for (Digest.DueSoon s : d.dueSoon().subList(0, Math.min(budget.dueSoon(), d.dueSoon().size()))) {
                out.add(texts.get("digest.dueSoonLine", DAY_MONTH.format(s.due()), s.taskId(), leads(s.lead()),
                        cut(s.title(), budget.title())));
            }
            more(out, d.dueSoon().size() - Math.min(budget.dueSoon(), d.dueSoon().size()));
        }
        out.add("");
        if (d.pendingExtensions().isEmpty()) {
            out.add(texts.get("digest.extensionsNone"));
        } else {
            out.add(texts.get("digest.extensions", d.pendingExtensions().size()));
            int shown = Math.min(budget.extensions(), d.pendingExtensions().size());
            for (Digest.PendingExtension e : d.pendingExtensions().subList(0, shown)) {
                out.add(texts.get("digest.extensionLine", e.extensionId(), e.taskId(), date(e.currentDue()),
                        date(e.requestedDue()),
                        e.requester() == null ? texts.get("digest.unknownRequester") : Html.escape(e.requester()),
                        e.reason() == null || e.reason().isBlank() ? texts.get("digest.noReason") : cut(e.reason(), budget.title())));
            }
            more(out, d.pendingExtensions().size() - shown);
        }
        indicators(out, d.indicators(), Math.min(3, budget.extensions()), budget.title());
        out.add("");
        if (d.nextYearHolidaysMissing()) {
            out.add(texts.get("digest.nextYearHolidaysMissing", d.day().getYear() + 1));
        }
        out.add(texts.get("digest.footer"));
        return String.join("\n", out);
    }

    /** Per period that has ended (or has figures): met, not met, not reported; then the largest shortfalls. */
    private void indicators(List<String> out, IndicatorSection section, int gaps, int titleLength) {
        if (section.periods().isEmpty()) {
            return;
        }
        out.add("");
        out.add(texts.get("digest.indicators"));
        for (IndicatorSection.PeriodCount p : section.periods()) {
            out.add(texts.get("digest.indicatorPeriod", texts.get("period." + p.period().key()), p.met(), p.notMet(), p.notReported()));
        }
        List<IndicatorSection.Gap> shown = section.worstGaps().subList(0, Math.min(gaps, section.worstGaps().size()));
        if (!shown.isEmpty()) {
            out.add(texts.get("digest.indicatorGaps"));
            for (IndicatorSection.Gap g : shown) {
                out.add(texts.get("digest.indicatorGap", g.indicatorId(), cut(g.name(), titleLength),
                        texts.get("period." + g.period().key()), Html.escape(g.actual() + " " + g.unit()),
                        Html.escape(g.target()), String.format(java.util.Locale.ROOT, "-%.0f", g.shortfallPercent())));
            }
        }
    }

    /**
     * Monospaced, short names, four narrow columns: about 30 characters, the width of a phone.
     * Padded before escaping, so that "&amp;" counts as the one character it shows.
     */
    private String table(List<Digest.AgencyRow> rows, int limit) {
        String[] header = texts.get("digest.agencyHeader").split("\\|");
        List<Digest.AgencyRow> shown = rows.subList(0, Math.min(limit, rows.size()));
        // The short names kept with the agencies, never cut: the column is as wide as the longest.
        int width = Math.max(NAME_WIDTH, shown.stream().mapToInt(r -> r.shortName().length()).max().orElse(0));
        StringBuilder pre = new StringBuilder("<pre>");
        pre.append(Html.escape(row(width, header[0], header[1], header[2], header[3], header[4]))).append('\n');
        for (Digest.AgencyRow r : shown) {
            List<String> counts = COLUMNS.stream().map(s -> String.valueOf(r.count(s))).toList();
            pre.append(Html.escape(row(width, r.shortName(), counts.get(0), counts.get(1), counts.get(2),
                    counts.get(3)))).append('\n');
        }
        if (shown.size() < rows.size()) {
            pre.append(Html.escape(texts.get("digest.moreAgencies", rows.size() - shown.size()))).append('\n');
        }
        pre.setLength(pre.length() - 1);
        return pre.append("</pre>").toString();
    }

    private static String row(int width, String name, String a, String b, String c, String e) {
        return String.format("%-" + width + "s %3s %3s %3s %3s", name, a, b, c, e);
    }

    private String change(int delta) {
        if (delta == 0) {
            return texts.get("digest.unchanged");
        }
        return (delta > 0 ? "▲" : "▼") + Math.abs(delta);
    }

    private void more(List<String> out, int left) {
        if (left > 0) {
            out.add(texts.get("digest.more", left));
        }
    }

    private static String leads(List<String> lead) {
        return Html.escape(lead.stream().map(n -> AgencyShortName.of(n, LEAD_LENGTH)).collect(Collectors.joining(", ")));
    }

    private static String date(LocalDate day) {
        return day == null ? "—" : Formats.date(day);
    }

    /** Cut on a word before escaping, so no entity is cut in half. */
    private static String cut(String text, int max) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() > max) {
            int space = clean.lastIndexOf(' ', max - 1);
            clean = clean.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
        }
        return Html.escape(clean);
    }

    private record Budget(int agencies, int overdue, int dueSoon, int extensions, int title) {
    }
}
