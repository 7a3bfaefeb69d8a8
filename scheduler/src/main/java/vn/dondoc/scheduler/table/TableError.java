package vn.dondoc.scheduler.table;

import vn.dondoc.scheduler.error.ErrorCode;

/**
 * Why a file cannot be turned into tables; the sentences (what is wrong and what to do) are in the errors bundles of
 * {@code messages/}. The keys still begin with {@code importing.}: they were written when reading tables was part of
 * the import of documents, and the bundles keep them.
 */
public enum TableError implements ErrorCode {
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
    TOO_MANY_ROWS("importing.tooManyRows");

    private final String key;

    TableError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
