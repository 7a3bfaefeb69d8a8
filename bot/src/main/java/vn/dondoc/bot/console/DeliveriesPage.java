package vn.dondoc.bot.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.delivery.DeliveryLog;
import vn.dondoc.scheduler.delivery.DeliveryLogPage;
import vn.dondoc.scheduler.delivery.LoggedDelivery;
import vn.dondoc.scheduler.register.OfficeZone;

/**
 * The delivery log: every reminder, digest and notice to the office with what became of it, and the reminders
 * nobody could be given; newest first, fifty a page, by day and by outcome.
 */
@Controller
class DeliveriesPage {

    static final String PATH = "/nhatky";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DeliveryLog log;
    private final Texts texts;

    DeliveriesPage(DeliveryLog log, Texts texts) {
        this.log = log;
        this.texts = texts;
    }

    /** A line of the log as the page shows it. */
    record Row(String when, String what, Long taskId, String to, LoggedDelivery.Outcome outcome, String outcomeText,
               String reason) {
    }

    /** An outcome to filter by, with its words. */
    record Choice(String value, String text, boolean chosen) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "ngay", required = false) String day,
                @RequestParam(name = "ketqua", required = false) String outcome,
                @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        LocalDate date = DayField.parse(day).orElse(null);
        if (date == null && day != null && !day.isBlank()) {
            model.addAttribute("problem", texts.get("console.log.badDay", day.strip()));
        }
        LoggedDelivery.Outcome wanted = Arrays.stream(LoggedDelivery.Outcome.values())
                .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
        DeliveryLogPage lines = log.page(date, wanted, Math.max(1, page) - 1);
        model.addAttribute("rows", lines.lines().stream().map(this::row).toList());
        model.addAttribute("day", date == null ? "" : Formats.date(date));
        model.addAttribute("outcome", wanted == null ? "" : wanted.name());
        model.addAttribute("outcomes", Arrays.stream(LoggedDelivery.Outcome.values())
                .map(o -> new Choice(o.name(), texts.get("console.log.outcome." + o), o == wanted)).toList());
        model.addAttribute("page", lines.page() + 1);
        model.addAttribute("pages", lines.pages());
        model.addAttribute("hasNext", lines.hasNext());
        model.addAttribute("total", lines.total());
        return "console/deliveries";
    }

    private Row row(LoggedDelivery line) {
        String what = switch (line.kind()) {
            case REMINDER, NOBODY -> texts.get("console.log.reminder." + line.reminderKind(),
                    line.day() == null ? "" : Formats.date(line.day()));
            case DIGEST -> texts.get("console.log.digest", line.day() == null ? "" : Formats.date(line.day()));
            case NOTICE -> texts.get("console.log.notice");
        };
        return new Row(WHEN.format(line.at().atZone(OfficeZone.ID)), what, line.taskId(), line.to(), line.outcome(),
                texts.get("console.log.outcome." + line.outcome()), line.reason() == null ? "" : line.reason());
    }
}
