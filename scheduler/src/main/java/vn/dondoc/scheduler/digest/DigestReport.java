package vn.dondoc.scheduler.digest;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * What one digest run did: a result per recipient handed to the channel, and the recipients left
 * out because this week's digest already reached them (or they blocked the bot this week).
 */
public record DigestReport(LocalDate day, LocalDate week, boolean dryRun, List<Outcome> outcomes,
                           List<Long> alreadyDone) {

    public DigestReport {
        outcomes = List.copyOf(outcomes);
        alreadyDone = List.copyOf(alreadyDone);
    }

    public record Outcome(long contactId, String contactName, DeliveryResult result) {
    }

    public long sent() {
        return outcomes.stream().filter(o -> o.result() instanceof DeliveryResult.Sent).count();
    }
}
