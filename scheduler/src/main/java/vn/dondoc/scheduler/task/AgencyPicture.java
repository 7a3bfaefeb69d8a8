package vn.dondoc.scheduler.task;

import java.util.List;

/**
 * The picture per agency for those who see every agency: {@code tasks} distinct tasks in all, and per
 * agency (lead or cooperating, as the agency's own list counts them) its open and overdue tasks; the
 * agencies a leader is in charge of first, then the worst first.
 */
public record AgencyPicture(long tasks, List<Agency> agencies) {

    public AgencyPicture {
        agencies = List.copyOf(agencies);
    }

    public record Agency(long id, String name, long open, long overdue, boolean inCharge) {
    }
}
