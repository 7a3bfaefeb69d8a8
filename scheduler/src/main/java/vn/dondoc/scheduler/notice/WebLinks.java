package vn.dondoc.scheduler.notice;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Web addresses a copy from a portal interleaves with the text ("https://...", "www..."): cut out of the line, and
 * a line left with nothing but punctuation goes. E-mail addresses stay: a notice may ask for a report by mail.
 */
final class WebLinks implements LineFilter {

    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTHING_LEFT = Pattern.compile("^[\\s\\p{Punct}–—]*$");

    @Override
    public List<SourceLine> apply(List<SourceLine> lines) {
        return lines.stream()
                .map(line -> LINK.matcher(line.text()).find()
                        ? new SourceLine(line.number(), LINK.matcher(line.text()).replaceAll(" ").replaceAll("\\s{2,}", " ").strip())
                        : line)
                .filter(line -> !(NOTHING_LEFT.matcher(line.text()).matches() && !line.text().isEmpty()))
                .toList();
    }
}
