package vn.dondoc.scheduler.table;

/** Every reason a file is refused, in one place; the wording is in the errors bundles of {@code messages/}. */
final class Problems {

    private Problems() {
    }

    static UnreadableFileException unsupportedKind() {
        return new UnreadableFileException(TableError.UNSUPPORTED_KIND, null);
    }

    static UnreadableFileException empty() {
        return new UnreadableFileException(TableError.EMPTY_FILE, null);
    }

    static UnreadableFileException cannotOpen(Throwable cause) {
        return new UnreadableFileException(TableError.CANNOT_OPEN, cause);
    }

    static UnreadableFileException notText(Throwable cause) {
        return new UnreadableFileException(TableError.NOT_TEXT, cause);
    }

    static UnreadableFileException notWorkbook(String extension, Throwable cause) {
        return new UnreadableFileException(TableError.NOT_WORKBOOK, cause, extension);
    }

    static UnreadableFileException brokenWorkbook(Throwable cause) {
        return new UnreadableFileException(TableError.BROKEN_WORKBOOK, cause);
    }

    static UnreadableFileException encryptedWorkbook(Throwable cause) {
        return new UnreadableFileException(TableError.ENCRYPTED_WORKBOOK, cause);
    }

    static UnreadableFileException noVisibleSheet() {
        return new UnreadableFileException(TableError.NO_VISIBLE_SHEET, null);
    }

    static UnreadableFileException tooBigWorkbook(long megabytes) {
        return new UnreadableFileException(TableError.TOO_BIG, null, megabytes);
    }

    static UnreadableFileException tooManyRows(int max) {
        return new UnreadableFileException(TableError.TOO_MANY_ROWS, null, max);
    }

    static UnreadableFileException csvQuote(int line) {
        return new UnreadableFileException(TableError.CSV_QUOTE, null, line);
    }
}
