package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.indicator.IndicatorText;
import vn.dondoc.scheduler.indicator.Actual;
import vn.dondoc.scheduler.indicator.Figure;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.indicator.Period;

@Command(name = "indicators",
        description = {"Các chỉ tiêu với mục tiêu từng kỳ, số liệu các cơ quan đã báo cáo và đánh giá (đạt, chưa đạt,",
                "chưa báo cáo) tính đến một ngày; với --json mỗi chỉ tiêu một dòng JSON."})
final class IndicatorsCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final IndicatorRegister indicators;
    private final AgencyArgument agencies;

    @Mixin
    HelpOption help;

    @Option(names = "--agency", paramLabel = "CƠ_QUAN", description = "Chỉ các chỉ tiêu cơ quan này chủ trì theo dõi.")
    String agency;

    @Option(names = "--now", paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Đánh giá đến ngày này (mặc định hôm nay, giờ Việt Nam).")
    LocalDate now;

    @Option(names = "--json", description = "Mỗi chỉ tiêu một dòng JSON: {\"indicator\":…,\"source\":…,\"item\":…,\"name\":…,"
            + "\"unit\":…,\"agency\":[…],\"targets\":{…},\"actuals\":{…},\"standing\":{…}}.")
    boolean json;

    IndicatorsCommand(CliEnvironment env, Texts texts, ExistingRegister register, IndicatorRegister indicators,
                      AgencyArgument agencies) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.indicators = indicators;
        this.agencies = agencies;
    }

    @Override
    public Integer call() {
        register.require();
        LocalDate day = now != null ? now : LocalDate.now(env.clock());
        Long agencyId = agency == null ? null : agencies.one(agency).id();
        List<IndicatorLine> lines = indicators.lines(agencyId, day);
        if (json) {
            JsonLines out = new JsonLines(env.out());
            lines.forEach(l -> out.write(toJson(l)));
            return Cli.OK;
        }
        if (lines.isEmpty()) {
            env.out().println(texts.get("indicators.none"));
            return Cli.OK;
        }
        IndicatorText text = new IndicatorText(texts);
        lines.forEach(l -> env.out().println(text.plain(l)));
        env.out().println(text.summary(lines, day));
        return Cli.OK;
    }

    private static Map<String, Object> toJson(IndicatorLine l) {
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Object> actuals = new LinkedHashMap<>();
        Map<String, Object> standing = new LinkedHashMap<>();
        for (Period p : Period.values()) {
            Figure target = l.targets().get(p);
            if (target != null) {
                Map<String, Object> t = figure(target);
                t.put("due", l.end(p).toString());
                targets.put(p.key(), t);
                standing.put(p.key(), l.standings().get(p).name());
            }
            Actual a = l.actuals().get(p);
            if (a != null) {
                actuals.put(p.key(), JsonLines.object("written", a.written(), "value", a.value(), "by", a.by(),
                        "contact", a.contactId(), "at", a.at().toString()));
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String column : List.of("PREVIOUS", "PLAN", "RATIO")) {
            Figure f = l.figures().get(column);
            if (f != null) {
                figures.put(column.toLowerCase(java.util.Locale.ROOT), figure(f));
            }
        }
        return JsonLines.object("indicator", l.id(), "source", l.source(), "item", l.item(), "tt", l.tt(),
                "context", l.context(), "name", l.name(), "unit", l.unit(), "agency", l.agencies(),
                "agency_inherited", l.agencyInherited(), "direction", l.direction().name(),
                "direction_words", l.directionWords(), "targets", targets, "actuals", actuals, "standing", standing,
                "figures", figures);
    }

    private static Map<String, Object> figure(Figure f) {
        return JsonLines.object("written", f.written(), "kind", f.kind().name(), "low", f.low(), "high", f.high());
    }
}
