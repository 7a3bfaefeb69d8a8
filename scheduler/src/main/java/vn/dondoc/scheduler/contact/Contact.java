package vn.dondoc.scheduler.contact;

import java.util.List;

/** A contact with the names of its agency and of the agencies it is in charge of (leaders). */
public record Contact(long id, String name, ContactRole role, Long agencyId, String agency, Long chatId,
                      ContactStatus status, List<String> inCharge) {
}
