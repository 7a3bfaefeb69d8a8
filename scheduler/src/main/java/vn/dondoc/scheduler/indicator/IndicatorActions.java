package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Caller;

/**
 * What a person does with indicators from the bot: list their agency's, and report an actual figure. A report is
 * restated first ({@link #restate}) and written only when confirmed ({@link #report}); each is one transaction.
 * Only the agency in charge (or the office) reports; leaders and the office see all.
 */
@Service
public class IndicatorActions {

    private final RegisterDatabase db;
    private final Clock clock;
    private final IndicatorRegister register;

    public IndicatorActions(RegisterDatabase db, Clock clock, IndicatorRegister register) {
        this.db = db;
        this.clock = clock;
        this.register = register;
    }

    /** The indicators the caller's agency is in charge of; all of them for the office and leaders. */
    public List<IndicatorLine> visible(Caller caller) {
        return db.inTransaction(() -> register.lines(caller.seesAll() ? null : caller.contact().agencyId(), today()));
    }

    /**
     * What reporting {@code typed} for the indicator would record, checked but not written. Without a period, the
     * earliest one with a target and no figure yet that ends this month or earlier.
     */
    public IndicatorReportDraft restate(Caller caller, long indicatorId, Period period, String typed) {
        return db.inTransaction(() -> draft(caller, indicatorId, period, typed));
    }

    /** Records the figure: the latest report for a period is the one in force, earlier ones stay in the register. */
    public IndicatorReported report(Caller caller, long indicatorId, Period period, String typed) {
        return db.inTransaction(() -> {
            IndicatorReportDraft draft = draft(caller, indicatorId, period, typed);
            Instant at = Instant.now(clock);
            db.jdbc().update("INSERT INTO indicator_actual (indicator_id, period, written, value, reported_at, actor,"
                            + " contact_id, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    indicatorId, draft.period().key(), draft.written(), draft.value().toPlainString(), at.toString(),
                    caller.name(), caller.contact().id(), caller.chatId());
            IndicatorLine after = register.line(indicatorId, today()).orElseThrow();
            return new IndicatorReported(after, draft.period(), after.actuals().get(draft.period()),
                    after.standings().get(draft.period()));
        });
    }

    private IndicatorReportDraft draft(Caller caller, long indicatorId, Period asked, String typed) {
        IndicatorLine line = register.line(indicatorId, today())
                .orElseThrow(() -> new DondocException(IndicatorError.NOT_FOUND, indicatorId));
        boolean office = caller.contact().role() == ContactRole.OFFICE;
        if (!office && !line.agencyIds().contains(caller.contact().agencyId())) {
            throw new DondocException(IndicatorError.NOT_YOUR_AGENCY, indicatorId,
                    caller.contact().agency() == null ? caller.contact().name() : caller.contact().agency());
        }
        Figure actual = Figure.actual(typed).orElseThrow(() -> new DondocException(IndicatorError.NOT_A_NUMBER, typed));
        Period period = asked != null ? asked : due(line);
        Figure target = line.targets().get(period);
        if (target == null) {
            throw new DondocException(IndicatorError.NO_TARGET, indicatorId, period.key());
        }
        BigDecimal value = actual.value();
        Standing standing = target.reachedBy(value, line.direction()) ? Standing.MET : Standing.NOT_MET;
        return new IndicatorReportDraft(line, period, target, actual.written(), value, standing, line.actuals().get(period));
    }

    private Period due(IndicatorLine line) {
        LocalDate endOfMonth = today().with(TemporalAdjusters.lastDayOfMonth());
        for (Period period : Period.values()) {
            if (line.targets().containsKey(period) && !line.actuals().containsKey(period)
                    && !line.end(period).isAfter(endOfMonth)) {
                return period;
            }
        }
        throw new DondocException(IndicatorError.NOTHING_DUE, line.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
