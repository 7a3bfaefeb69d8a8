package vn.dondoc.scheduler.agency;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why group words cannot be mapped as asked; the sentences are in the errors bundles of {@code messages/}. */
public enum AgencyGroupError implements ErrorCode {
    /** {0} the words: they name one agency, not a group, so an import would never look them up. */
    NOT_A_GROUP("agencyGroup.notAGroup"),
    /** {0} the words. */
    NO_AGENCIES("agencyGroup.noAgencies");

    private final String key;

    AgencyGroupError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
