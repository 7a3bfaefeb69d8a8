package vn.dondoc.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.calendar.Holiday;
import vn.dondoc.scheduler.calendar.HolidayActions;
import vn.dondoc.scheduler.calendar.HolidayYear;
import vn.dondoc.scheduler.calendar.OfficeDay;
import vn.dondoc.scheduler.calendar.WorkingDay;
import vn.dondoc.scheduler.error.DondocException;

/**
 * A year's days off, each with where it comes from (the Labour Code, the Government's announced schedule, the
 * office), and the make-up working days. The office adds a day off, or removes one it added after confirming; the
 * law's and the Government's days cannot be removed.
 */
@Controller
class HolidaysPage {

    static final String PATH = "/ngaynghi";

    private final HolidayActions holidays;
    private final Texts texts;
    private final Clock clock;

    HolidaysPage(HolidayActions holidays, Texts texts, Clock clock) {
        this.holidays = holidays;
        this.texts = texts;
        this.clock = clock;
    }

    /** A day of the list: off or working, its source in words, and whether the office may remove it. */
    record Day(String iso, String date, String weekday, String name, String source, boolean office, boolean weekend) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) Integer year, @RequestParam(name = "xoa", required = false) String remove,
                Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        HolidayYear calendar;
        try {
            calendar = holidays.year(shown);
        } catch (DondocException e) {
            model.addAttribute("problem", texts.error(e));
            shown = LocalDate.now(clock).getYear();
            calendar = holidays.year(shown);
        }
        List<Day> off = new ArrayList<>();
        for (Holiday h : calendar.daysOff()) {
            off.add(day(h.date(), h.name(), texts.get("console.holidays.source." + h.kind(), h.document()), h.kind() == Holiday.Kind.OFFICE));
        }
        List<Day> working = new ArrayList<>();
        for (WorkingDay w : calendar.workingDays()) {
            working.add(day(w.date(), w.name(), w.document() == null ? texts.get("console.holidays.source.OFFICE")
                    : texts.get("console.holidays.source.ANNOUNCED", w.document()), w.document() == null));
        }
        model.addAttribute("year", shown);
        model.addAttribute("daysOff", off);
        model.addAttribute("workingDays", working);
        model.addAttribute("scheduleKnown", calendar.scheduleKnown());
        if (remove != null) {
            (off.stream().filter(d -> d.iso().equals(remove) && d.office()).findFirst()
                    .or(() -> working.stream().filter(d -> d.iso().equals(remove) && d.office()).findFirst()))
                    .ifPresent(d -> model.addAttribute("confirm", d));
        }
        if (!model.containsAttribute("newDate")) {
            model.addAttribute("newDate", "");
            model.addAttribute("newName", "");
        }
        return "console/holidays";
    }

    @PostMapping(PATH)
    String add(@RequestParam(required = false) String date, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        LocalDate day = DayField.parse(date).orElse(null);
        if (day == null) {
            return back(redirect, date, name, date == null || date.isBlank() ? texts.get("console.holidays.dateNeeded")
                    : texts.get("console.holidays.badDate", date.strip()), null);
        }
        if (name == null || name.isBlank()) {
            return back(redirect, date, name, texts.get("console.holidays.nameNeeded"), day.getYear());
        }
        try {
            OfficeDay added = holidays.addDayOff(day, name);
            redirect.addFlashAttribute("done", texts.get("console.holidays.added", Formats.date(day), added.name()));
        } catch (DondocException e) {
            return back(redirect, date, name, texts.error(e), day.getYear());
        }
        return "redirect:" + PATH + "?year=" + day.getYear();
    }

    @PostMapping(PATH + "/xoa")
    String remove(@RequestParam String date, RedirectAttributes redirect) {
        LocalDate day = DayField.parse(date).orElse(null);
        if (day == null) {
            redirect.addFlashAttribute("problem", texts.get("console.holidays.badDate", date));
            return "redirect:" + PATH;
        }
        try {
            OfficeDay removed = holidays.remove(day);
            redirect.addFlashAttribute("done", texts.get("console.holidays.removed", Formats.date(day), removed.name()));
        } catch (DondocException e) {
            redirect.addFlashAttribute("problem", texts.error(e));
        }
        return "redirect:" + PATH + "?year=" + day.getYear();
    }

    private String back(RedirectAttributes redirect, String date, String name, String problem, Integer year) {
        redirect.addFlashAttribute("addProblem", problem);
        redirect.addFlashAttribute("newDate", date == null ? "" : date);
        redirect.addFlashAttribute("newName", name == null ? "" : name);
        return "redirect:" + PATH + (year == null ? "" : "?year=" + year);
    }

    private Day day(LocalDate date, String name, String source, boolean office) {
        return new Day(date.toString(), Formats.date(date), texts.get("weekday." + date.getDayOfWeek().getValue()), name, source,
                office, date.getDayOfWeek().getValue() >= 6);
    }
}
