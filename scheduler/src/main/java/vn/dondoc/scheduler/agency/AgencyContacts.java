package vn.dondoc.scheduler.agency;

import java.util.List;

/**
 * An agency with its short name and the names of its active contacts (linked on Telegram, not blocked):
 * those reminders can reach. None means nobody is reminded of its tasks.
 */
public record AgencyContacts(Agency agency, String shortName, List<String> activeContacts) {

    public AgencyContacts {
        activeContacts = List.copyOf(activeContacts);
    }
}
