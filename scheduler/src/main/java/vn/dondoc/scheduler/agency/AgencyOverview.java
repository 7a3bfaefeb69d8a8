package vn.dondoc.scheduler.agency;

import java.util.List;

/**
 * An agency as the office's agencies page shows it: its names, how many tasks name it (not cancelled), its contacts
 * (not deactivated) and those of them reminders reach (active on Telegram). Tasks and nobody active: nobody is
 * reminded of them.
 */
public record AgencyOverview(Agency agency, String shortName, int tasks, int contacts, List<String> activeContacts) {

    public AgencyOverview {
        activeContacts = List.copyOf(activeContacts);
    }

    public boolean nobodyToRemind() {
        return tasks > 0 && activeContacts.isEmpty();
    }
}
