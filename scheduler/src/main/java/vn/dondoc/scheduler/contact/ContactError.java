package vn.dondoc.scheduler.contact;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why a contact cannot be created or invited as asked; the sentences are in the errors bundles of {@code messages/}. */
public enum ContactError implements ErrorCode {
    NAME_MISSING("contact.nameMissing"),
    /** {0} the role. */
    NEEDS_AGENCY("contact.needsAgency"),
    IN_CHARGE_LEADERS_ONLY("contact.inChargeLeadersOnly"),
    /** {0} the chat id, {1} the name of the contact it is linked to. */
    CHAT_TAKEN("contact.chatTaken"),
    /** {0} the contact number. */
    NOT_FOUND("contact.notFound"),
    /** Only the office confirms moving a contact to another chat. */
    OFFICE_ONLY("contact.officeOnly"),
    /** {0} the request number. */
    RELINK_NOT_FOUND("contact.relinkNotFound"),
    /** {0} the request number. */
    RELINK_DECIDED("contact.relinkDecided"),
    /** {0} the name, {1} the number of the contact of that name already in the same agency. */
    DUPLICATE("contact.duplicate"),
    /** A contacts spreadsheet without a header row naming at least the name column. */
    LIST_NO_HEADER("contact.listNoHeader"),
    /** {0} the role as written. */
    LIST_BAD_ROLE("contact.listBadRole"),
    /** {0} the agency as written. */
    LIST_UNKNOWN_AGENCY("contact.listUnknownAgency"),
    /** {0} the agency as written, {1} the agencies it may mean. */
    LIST_AMBIGUOUS_AGENCY("contact.listAmbiguousAgency"),
    /** {0} the name, {1} the number of the contact of that name already in the same agency. */
    LIST_DUPLICATE("contact.listDuplicate"),
    /** {0} the name, {1} the line where it first appears in the same agency. */
    LIST_REPEATED("contact.listRepeated");

    private final String key;

    ContactError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
