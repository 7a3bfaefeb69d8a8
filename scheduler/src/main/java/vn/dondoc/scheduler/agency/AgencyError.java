package vn.dondoc.scheduler.agency;

import vn.dondoc.scheduler.error.ErrorCode;

/** What the office cannot change about an agency as asked. */
public enum AgencyError implements ErrorCode {
    /** {0} the most characters a short name may have. */
    SHORT_NAME_LENGTH("agency.shortNameLength"),
    /** An agency's name or alias left empty. */
    NAME_MISSING("agency.nameMissing"),
    /** {0} the name as written, {1} the agency already known by it. */
    NAME_TAKEN("agency.nameTaken"),
    /** {0} the agency number. */
    NOT_FOUND("agency.notFound"),
    /** {0} the alias, {1} the agency that does not have it. */
    ALIAS_NOT_FOUND("agency.aliasNotFound"),
    /** {0} the agency: merged into itself. */
    SELF_MERGE("agency.selfMerge");

    private final String key;

    AgencyError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
