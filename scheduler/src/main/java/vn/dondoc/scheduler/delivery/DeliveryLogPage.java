package vn.dondoc.scheduler.delivery;

import java.util.List;

/** One page of the delivery log, newest first; {@code page} counts from 0, {@code total} the lines of every page. */
public record DeliveryLogPage(List<LoggedDelivery> lines, int page, int pageSize, int total) {

    public DeliveryLogPage {
        lines = List.copyOf(lines);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
