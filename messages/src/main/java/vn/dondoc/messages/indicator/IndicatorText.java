package vn.dondoc.messages.indicator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.indicator.Actual;
import vn.dondoc.scheduler.indicator.Figure;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorReportDraft;
import vn.dondoc.scheduler.indicator.IndicatorReported;
import vn.dondoc.scheduler.indicator.Period;
import vn.dondoc.scheduler.indicator.Standing;

/** Indicators in words: plain text for the command line, Telegram HTML (everything from documents escaped) for the bot. */
public final class IndicatorText {

    private final Texts texts;

    public IndicatorText(Texts texts) {
        this.texts = texts;
    }

    public String period(Period period) {
        return texts.get("period." + period.key());
    }

    public String standing(Standing standing) {
        return texts.get("standing." + standing.name());
    }

    /** One indicator and each period with a target: target, figure reported, standing. */
    public String plain(IndicatorLine l) {
        StringBuilder out = new StringBuilder(texts.get("indicators.line", l.id(), l.item(), l.fullName(), l.unit(),
                String.join(", ", l.agencies())));
        for (Map.Entry<Period, Figure> e : l.targets().entrySet()) {
            Period p = e.getKey();
            Actual a = l.actuals().get(p);
            String state = a == null ? standing(l.standings().get(p))
                    : texts.get("indicators.actual", a.written(), a.by(), Formats.date(LocalDate.ofInstant(a.at(),
                            vn.dondoc.scheduler.register.OfficeZone.ID)), standing(l.standings().get(p)));
            out.append('\n').append(texts.get("indicators.period", period(p), Formats.date(l.end(p)), e.getValue().written(), state));
        }
        return out.toString();
    }

    /** Periods counted by standing over {@code lines}. */
    public String summary(List<IndicatorLine> lines, LocalDate day) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        lines.forEach(l -> l.standings().values().forEach(s -> counts.merge(s, 1, Integer::sum)));
        return texts.get("indicators.summary", lines.size(), Formats.date(day), counts.getOrDefault(Standing.MET, 0),
                counts.getOrDefault(Standing.NOT_MET, 0), counts.getOrDefault(Standing.NOT_REPORTED, 0),
                counts.getOrDefault(Standing.NOT_DUE, 0));
    }

    /** A line of the bot's list: the current period's standing, or the year's. */
    public String listLine(IndicatorLine l) {
        StringBuilder state = new StringBuilder();
        for (Map.Entry<Period, Standing> e : l.standings().entrySet()) {
            if (state.length() > 0) {
                state.append(" · ");
            }
            state.append(period(e.getKey())).append(' ').append(standing(e.getValue()));
        }
        return texts.get("indicator.listLine", l.id(), Html.escape(l.fullName()), Html.escape(l.unit()), state);
    }

    public String confirm(IndicatorReportDraft d) {
        String html = texts.get("indicator.confirm", d.line().id(), Html.escape(d.line().fullName()), period(d.period()),
                Html.escape(d.target().written()), Html.escape(d.line().unit()), Html.escape(d.written()), standing(d.standing()));
        if (d.previous() != null) {
            html += "\n" + texts.get("indicator.replaces", Html.escape(d.previous().written()), Html.escape(d.previous().by()),
                    Formats.date(LocalDate.ofInstant(d.previous().at(), vn.dondoc.scheduler.register.OfficeZone.ID)));
        }
        return html;
    }

    public String recorded(IndicatorReported r) {
        return texts.get("indicator.recorded", r.line().id(), period(r.period()), Html.escape(r.actual().written()),
                Html.escape(r.line().unit()), Html.escape(r.line().targets().get(r.period()).written()), standing(r.standing()));
    }
}
