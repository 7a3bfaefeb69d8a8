package vn.dondoc.scheduler.importing;

import vn.dondoc.scheduler.error.ErrorCode;

/**
 * Why a file is refused or a row kept out of the register; the sentences (what is wrong and what to do) are
 * in the errors bundles of {@code messages/}.
 */
public enum ImportError implements ErrorCode {
    // The file cannot be turned into tables.
    UNSUPPORTED_KIND("importing.unsupportedKind"),
    EMPTY_FILE("importing.emptyFile"),
    CANNOT_OPEN("importing.cannotOpen"),
    NOT_TEXT("importing.notText"),
    /** {0} the file's extension. */
    NOT_WORKBOOK("importing.notWorkbook"),
    BROKEN_WORKBOOK("importing.brokenWorkbook"),
    ENCRYPTED_WORKBOOK("importing.encryptedWorkbook"),
    NO_VISIBLE_SHEET("importing.noVisibleSheet"),
    /** {0} the line of the quote. */
    CSV_QUOTE("importing.csvQuote"),
    /** {0} the most megabytes a part of the file may hold once unpacked. */
    TOO_BIG("importing.tooBig"),
    /** {0} the most rows a sheet may hold. */
    TOO_MANY_ROWS("importing.tooManyRows"),

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
