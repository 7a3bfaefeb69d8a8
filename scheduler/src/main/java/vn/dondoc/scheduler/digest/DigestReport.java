package vn.dondoc.scheduler.digest;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * What one digest run did: a result per recipient handed to the channel, and the recipients left
 * out because this week's digest already reached them (or they blocked the bot this week).
 */
public record DigestReport(LocalDate day, LocalDate week, boolean dryRun, List<Outcome> outcomes,
                           List<Long> alreadyDone, boolean emptyRegister) {

    public DigestReport {
        outcomes = List.copyOf(outcomes);
        alreadyDone = List.copyOf(alreadyDone);
    }

    public record Outcome(long contactId, String contactName, DeliveryResult result) {
    }

    /** A register with no task and no indicator has nothing to tell leaders: such a pass sends and records nothing. */
    static DigestReport empty(LocalDate day, LocalDate week) {
        return new DigestReport(day, week, false, List.of(), List.of(), true);
    }

    public long sent() {
        return outcomes.stream().filter(o -> o.result() instanceof DeliveryResult.Sent).count();
    }
}
