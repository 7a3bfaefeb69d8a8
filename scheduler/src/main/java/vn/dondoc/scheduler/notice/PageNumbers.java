package vn.dondoc.scheduler.notice;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page numbers a PDF copy leaves between lines: "2", "- 3 -", "Trang 4", "Trang 4/12", "4/12". A lone number
 * in the appendix table is its TT column instead; {@link AppendixTable} tells those apart, so this filter
 * only runs on the body.
 */
final class PageNumbers implements LineFilter {

    private static final Pattern PAGE = Pattern.compile(
            "^(?:[-–]\\s*\\d{1,3}\\s*[-–]|\\d{1,3}|(?:[Tt]rang|Page)\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3})$");

    static boolean isPageNumber(String text) {
        return PAGE.matcher(text.strip()).matches();
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines) {
        return lines.stream().filter(line -> !isPageNumber(line.text())).toList();
    }
}
