package vn.dondoc.bot.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The document a sent register belongs to, read from the file's caption (or the answer to the bot's question): its
 * number ("152/QĐ-UBND", "15/2024/QĐ-UBND") and its date ("18/01/2024", "18-1-2024", "ngày 18 tháng 01 năm 2024"),
 * in either order, with any words around them ("Phụ lục I, Quyết định số 152/QĐ-UBND ngày 18/01/2024"). Either may
 * be missing; {@code impossibleDate} is a date that does not exist (31/02/2024), quoted back to the sender.
 */
record ImportCaption(String number, LocalDate issued, String impossibleDate) {

    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    /** Matched on the folded text (no diacritics, lower case), which keeps the positions of the original. */
    private static final Pattern WORDED_DATE = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    /** A number and a symbol: digits, perhaps the year, then letters (QĐ-UBND, KH-UBND, CT-TTg). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d/])\\d{1,6}(?:/\\d{4})?/\\p{L}[\\p{L}\\d.&-]*");

    static final ImportCaption NONE = new ImportCaption(null, null, null);

    static ImportCaption read(String written) {
        if (written == null || written.isBlank()) {
            return NONE;
        }
        String text = VietnameseText.clean(written);
        String folded = VietnameseText.fold(text);
        Matcher date = WORDED_DATE.matcher(folded);
        boolean found = folded.length() == text.length() && date.find();
        if (!found) {
            date = NUMERIC_DATE.matcher(text);
            found = date.find();
        }
        LocalDate issued = null;
        String impossible = null;
        String rest = text;
        if (found) {
            String asWritten = text.substring(date.start(), date.end());
            try {
                issued = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)));
            } catch (DateTimeException e) {
                impossible = asWritten;
            }
            rest = text.substring(0, date.start()) + " " + text.substring(date.end());
        }
        Matcher number = NUMBER.matcher(rest);
        return new ImportCaption(number.find() ? number.group().replaceAll("[.&-]+$", "") : null, issued, impossible);
    }

    boolean complete() {
        return number != null && issued != null;
    }

    boolean isEmpty() {
        return number == null && issued == null && impossibleDate == null;
    }

    /** What {@code answer} adds: the parts still missing here, taken from it. */
    ImportCaption with(ImportCaption answer) {
        return new ImportCaption(number != null ? number : answer.number(), issued != null ? issued : answer.issued(),
                issued != null ? null : answer.impossibleDate());
    }
}
