package vn.dondoc.scheduler.importing;

import vn.dondoc.scheduler.error.ErrorCode;

/**
 * Why the tables of a file hold no register or a row is kept out of it (a file that cannot be read as tables at all
 * is {@code table/TableError}); the sentences (what is wrong and what to do) are in the errors bundles of
 * {@code messages/}.
 */
public enum ImportError implements ErrorCode {
    // The tables hold no register.
    NO_HEADER("importing.noHeader"),
    /** {0} the header's line. */
    NO_TASK_ROWS("importing.noTaskRows"),
    /** {0} the header's line, {1} the first rejected row's line, {2} why it was rejected (a problem). */
    NO_TASK_ROWS_REJECTED("importing.noTaskRowsRejected"),

    // A row kept out of the register.
    NO_ITEM("importing.noItem"),
    /** {0} the item cell as written. */
    NOT_AN_ITEM("importing.notAnItem"),
    /** {0} the item. */
    NO_TITLE("importing.noTitle"),
    /** {0} the item. */
    NO_LEAD("importing.noLead"),
    /** {0} the item, {1} the line where it first appears. */
    DUPLICATE_ITEM("importing.duplicateItem"),
    /** {0} the lead agency cell as written. */
    UNKNOWN_LEAD("importing.unknownLead");

    private final String key;

    ImportError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
