package vn.dondoc.scheduler.agency;

import vn.dondoc.scheduler.error.ErrorCode;

/** What the office cannot change about an agency as asked. */
public enum AgencyError implements ErrorCode {
    /** {0} the most characters a short name may have. */
    SHORT_NAME_LENGTH("agency.shortNameLength");

    private final String key;

    AgencyError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
