package vn.dondoc.bot.command;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task a quoted bot message names, for a report written as a reply without a number: a reminder's items
 * ("1. #47 — …", see reminder.item) or "nhiệm vụ #47" in the bot's other answers. Only when it names exactly one.
 */
final class QuotedTask {

    private static final Pattern REMINDER_ITEM = Pattern.compile("(?m)^\\s*\\d+\\. #(\\d{1,9})\\b");
    private static final Pattern NAMED = Pattern.compile("(?iu)(?:nhiệm vụ|task) #(\\d{1,9})\\b");

    private QuotedTask() {
    }

    static Optional<Long> of(String quoted) {
        if (quoted == null) {
            return Optional.empty();
        }
        Set<Long> items = numbers(REMINDER_ITEM.matcher(quoted));
        if (items.isEmpty()) {
            items = numbers(NAMED.matcher(quoted));
        }
        return items.size() == 1 ? Optional.of(items.iterator().next()) : Optional.empty();
    }

    private static Set<Long> numbers(Matcher m) {
        Set<Long> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }
}
