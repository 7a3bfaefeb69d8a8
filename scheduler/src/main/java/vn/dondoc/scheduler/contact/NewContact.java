package vn.dondoc.scheduler.contact;

import java.util.List;

/** A contact to create; {@code chatId} links it at once (an agency's group), otherwise it is invited. */
public record NewContact(String name, ContactRole role, Long agencyId, List<Long> inChargeAgencyIds, Long chatId) {

    public NewContact {
        inChargeAgencyIds = List.copyOf(inChargeAgencyIds);
    }
}
