package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.indicator.IndicatorText;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.indicator.IndicatorError;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorReportDraft;
import vn.dondoc.scheduler.indicator.Period;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * /chitieu: the agency's indicators; /chitieu N 2.950 [kỳ] reports an actual figure. The same report comes by the
 * button under a reminder ({@code ci:N:P}, which asks for the figure as a reply) or in words ("chỉ tiêu 12 quý I đạt
 * 2.950"). Every way restates the figure first; only Xác nhận ({@code ci!:N:P:value}) records it, Hủy ({@code ci0:N})
 * records nothing.
 */
final class IndicatorCommand implements BotCommand, Buttons {

    static final int LIST_LIMIT = 20;
    // "chi tieu 12 quy i dat 2.950", "bao cao chi tieu #12: 2.950 ty dong": folded text, the figure is digits.
    private static final Pattern FREE_TEXT = Pattern.compile(
            "(?:bao cao\\s+)?chi tieu\\s+#?(\\d{1,9})\\s*(.*?)\\s*(?:(?:dat duoc|dat|la|thuc hien)\\s+|[:=]\\s*)?(\\d[\\d.,]*)(?:\\s+\\D*)?");
    private static final Pattern PROMPT = Pattern.compile("(\\d{1,9})/(Q1|6M|9M|YEAR)");

    @Override
    public List<String> names() {
        return List.of("chitieu", "indicator");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        String args = request.args();
        if (args.isEmpty()) {
            list(request);
            return;
        }
        OptionalLong id = request.taskNumber(Arguments.first(args));
        if (id.isEmpty()) {
            return;
        }
        String rest = Arguments.rest(args);
        if (rest.isEmpty()) {
            request.reply(request.text("indicator.missingValue", request.command(), id.getAsLong()));
            return;
        }
        int lastSpace = rest.lastIndexOf(' ');
        String value = lastSpace < 0 ? rest : rest.substring(lastSpace + 1);
        String periodWords = lastSpace < 0 ? "" : rest.substring(0, lastSpace).strip();
        restate(request, id.getAsLong(), period(periodWords), value);
    }

    /** "chỉ tiêu 12 quý I đạt 2.950" in a chat: restated like the command; false when the text is not such a report. */
    boolean fromText(Request request, String text) {
        Matcher m = FREE_TEXT.matcher(VietnameseText.fold(text).strip());
        if (!m.matches()) {
            return false;
        }
        restate(request, Long.parseLong(m.group(1)), period(m.group(2).replaceFirst("^ky\\s+", "").strip()), m.group(3));
        return true;
    }

    /** The indicator and period when {@code replyTo} is our question from a reminder's button. */
    static Optional<Matcher> prompted(Request request, String replyTo) {
        String prefix = request.text("indicator.promptPrefix");
        if (replyTo == null || !replyTo.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = PROMPT.matcher(replyTo.substring(prefix.length()));
        return m.lookingAt() ? Optional.of(m) : Optional.empty();
    }

    void fromReply(Request request, Matcher prompt, String typed) {
        restate(request, Long.parseLong(prompt.group(1)), Period.ofKey(prompt.group(2)).orElseThrow(), typed.strip());
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("ci", "ci!", "ci0");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        switch (prefix) {
            case "ci" -> {
                if (args.size() == 2) {
                    ask(request, Long.parseLong(args.get(0)), Period.ofKey(args.get(1)).orElseThrow());
                }
            }
            case "ci!" -> {
                if (args.size() == 3) {
                    var reported = request.services().indicators().report(request.asCaller(), Long.parseLong(args.get(0)),
                            Period.ofKey(args.get(1)).orElseThrow(), args.get(2));
                    request.replaceMessage(new IndicatorText(request.texts()).recorded(reported), Keyboard.NONE);
                }
            }
            default -> request.replaceMessage(request.text("indicator.cancelled", Html.escape(args.isEmpty() ? "" : args.get(0))),
                    Keyboard.NONE);
        }
    }

    private void list(Request request) {
        List<IndicatorLine> lines = request.services().indicators().visible(request.asCaller());
        if (lines.isEmpty()) {
            request.reply(request.text("indicator.listNone"));
            return;
        }
        IndicatorText text = new IndicatorText(request.texts());
        StringBuilder html = new StringBuilder(request.caller().agency() == null || request.caller().role().seesEveryTask()
                ? request.text("indicator.listTitleAll", lines.size())
                : request.text("indicator.listTitle", Html.escape(request.caller().agency()), lines.size()));
        lines.stream().limit(LIST_LIMIT).forEach(l -> html.append('\n').append(text.listLine(l)));
        if (lines.size() > LIST_LIMIT) {
            html.append('\n').append(request.text("indicator.listMore", lines.size() - LIST_LIMIT));
        }
        html.append("\n\n").append(request.text("indicator.listHint"));
        request.reply(html.toString());
    }

    /** The reminder's button: ask for the figure as a reply to this question. */
    private void ask(Request request, long id, Period period) {
        // Checks the indicator and the caller's right to report on it before asking anything.
        IndicatorLine line = request.services().indicators().visible(request.asCaller()).stream()
                .filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new DondocException(IndicatorError.NOT_FOUND, id));
        IndicatorText text = new IndicatorText(request.texts());
        String target = line.targets().containsKey(period) ? line.targets().get(period).written() : "—";
        request.reply(request.text("indicator.promptPrefix") + id + "/" + period.key()
                + request.text("indicator.prompt", text.period(period), Html.escape(target), Html.escape(line.unit())),
                Keyboard.FORCE_REPLY);
    }

    private void restate(Request request, long id, Period period, String value) {
        IndicatorReportDraft draft = request.services().indicators().restate(request.asCaller(), id, period, value);
        String data = "ci!:" + id + ":" + draft.period().key() + ":" + draft.written();
        request.reply(new IndicatorText(request.texts()).confirm(draft),
                Keyboard.row(new Keyboard.Button(request.text("button.confirmIndicator"), data),
                        new Keyboard.Button(request.text("button.cancelIndicator"), "ci0:" + id)));
    }

    /** The period a person named, or null for "the one due"; words that name none are refused. */
    private static Period period(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        return Period.parse(words).orElseThrow(() -> new DondocException(IndicatorError.UNKNOWN_PERIOD, words));
    }
}
