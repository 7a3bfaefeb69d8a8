package vn.dondoc.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestWorkbook;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskStatus;

/**
 * The register as of today, one row a task (the status of its earliest open milestone, as {@code tasks} shows it),
 * filtered by an agency in any written form, a document, a due month and status. The same read model as the
 * {@code tasks} command.
 */
@Controller
class RegisterPage {

    private final TaskRegister tasks;
    private final AgencyRegister agencies;
    private final Texts texts;
    private final Clock clock;

    RegisterPage(TaskRegister tasks, AgencyRegister agencies, Texts texts, Clock clock) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.texts = texts;
        this.clock = clock;
    }

    /** One task as the register shows it. */
    record Row(long id, String source, String item, String due, MilestoneStatus status, String statusText,
               String lead, String title) {
    }

    /** A status filter with how many of the (agency's) tasks have it today. */
    record StatusCount(MilestoneStatus status, String text, int count, boolean chosen) {
    }

    /** A choice of a select: its value and what it shows. */
    record Choice(String value, String text) {
    }

    /**
     * The tasks the filters leave, as of today, each as one milestone: its current one, or with a due month chosen,
     * its first milestone due in that month ("what falls due in June"). {@code problem} is set when the agency
     * written is none or several, and then nothing is shown. {@code all} holds every milestone of those tasks.
     */
    private record Shown(List<MilestoneLine> rows, List<MilestoneLine> all, Agency agency, String problem,
                         List<String> sources, List<YearMonth> months) {
    }

    @GetMapping("/")
    String register(@RequestParam(required = false) String agency,
                    @RequestParam(name = "status", required = false) List<MilestoneStatus> status,
                    @RequestParam(required = false) String source, @RequestParam(required = false) String month,
                    Model model) {
        LocalDate today = LocalDate.now(clock);
        Set<MilestoneStatus> wanted = wanted(status);
        String written = agency == null ? "" : agency.strip();
        Shown shown = shown(written, blankToNull(source), month(month), today);
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        List<Row> rows = new ArrayList<>();
        for (MilestoneLine line : shown.rows()) {
            counts.merge(line.status(), 1, Integer::sum);
            if (wanted.contains(line.status())) {
                rows.add(new Row(line.taskId(), line.source(), line.item(),
                        line.due() == null ? texts.get("tasks.noDue") : Formats.date(line.due()), line.status(),
                        texts.get("status." + line.status()), String.join(", ", line.lead()), line.title()));
            }
        }
        List<StatusCount> filters = new ArrayList<>();
        for (MilestoneStatus s : MilestoneStatus.values()) {
            filters.add(new StatusCount(s, texts.get("status." + s), counts.getOrDefault(s, 0),
                    status != null && status.contains(s)));
        }
        if (shown.agency() != null) {
            model.addAttribute("agencyName", shown.agency().name());
        }
        model.addAttribute("agencyProblem", shown.problem());
        model.addAttribute("today", Formats.date(today));
        model.addAttribute("agency", written);
        model.addAttribute("agencyNames", agencies.all().stream().map(Agency::name).toList());
        model.addAttribute("sources", shown.sources().stream().map(v -> new Choice(v, v)).toList());
        model.addAttribute("source", blankToNull(source));
        model.addAttribute("months", shown.months().stream()
                .map(m -> new Choice(m.toString(), String.format("%02d/%d", m.getMonthValue(), m.getYear()))).toList());
        model.addAttribute("month", month(month) == null ? null : month(month).toString());
        model.addAttribute("statuses", filters);
        model.addAttribute("rows", rows);
        model.addAttribute("total", shown.rows().size());
        model.addAttribute("chosenStatuses", status == null ? List.of() : status);
        return "console/register";
    }

    /**
     * The register as the page shows it (the same filters), as a workbook: every milestone of each task shown, in the
     * digest's workbook (one row a milestone, coloured by status, a summary sheet).
     */
    @GetMapping("/so-nhiem-vu.xlsx")
    org.springframework.http.ResponseEntity<byte[]> download(@RequestParam(required = false) String agency,
                        @RequestParam(name = "status", required = false) List<MilestoneStatus> status,
                        @RequestParam(required = false) String source, @RequestParam(required = false) String month) {
        LocalDate today = LocalDate.now(clock);
        Set<MilestoneStatus> wanted = wanted(status);
        String written = agency == null ? "" : agency.strip();
        Shown shown = shown(written, blankToNull(source), month(month), today);
        if (shown.problem() != null) {
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .header(org.springframework.http.HttpHeaders.LOCATION, "/?agency="
                            + java.net.URLEncoder.encode(written, java.nio.charset.StandardCharsets.UTF_8)).build();
        }
        Set<Long> kept = new java.util.HashSet<>();
        shown.rows().stream().filter(l -> wanted.contains(l.status())).forEach(l -> kept.add(l.taskId()));
        List<MilestoneLine> lines = shown.all().stream().filter(l -> kept.contains(l.taskId())).toList();
        String name = "so-nhiem-vu-" + today + ".xlsx";
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(new DigestWorkbook(texts).xlsx(lines, today));
    }

    private Shown shown(String written, String source, YearMonth month, LocalDate today) {
        Agency agency = null;
        if (!written.isEmpty()) {
            List<Agency> found = agencies.lookup(written).agencies();
            if (found.size() != 1) {
                String problem = found.isEmpty() ? texts.get("console.register.unknownAgency", written)
                        : texts.get("console.register.ambiguousAgency", written,
                        String.join("; ", found.stream().map(Agency::name).toList()));
                return new Shown(List.of(), List.of(), null, problem, List.of(), List.of());
            }
            agency = found.get(0);
        }
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        tasks.milestones(TaskQuery.ofAgency(agency == null ? null : agency.id(), today))
                .forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
        Set<String> sources = new TreeSet<>();
        Set<YearMonth> months = new TreeSet<>();
        List<MilestoneLine> rows = new ArrayList<>();
        List<MilestoneLine> all = new ArrayList<>();
        for (List<MilestoneLine> one : byTask.values()) {
            sources.add(one.get(0).source());
            one.stream().filter(l -> l.due() != null).forEach(l -> months.add(YearMonth.from(l.due())));
            if (source != null && !source.equals(one.get(0).source())) {
                continue;
            }
            MilestoneLine row = month == null ? TaskStatus.current(one)
                    : one.stream().filter(l -> l.due() != null && YearMonth.from(l.due()).equals(month)).findFirst().orElse(null);
            if (row != null) {
                rows.add(row);
                all.addAll(one);
            }
        }
        return new Shown(rows, all, agency, null, List.copyOf(sources), List.copyOf(months));
    }

    /** A due month as the select sends it (2024-06); anything else is no month. */
    private static YearMonth month(String written) {
        try {
            return written == null || written.isBlank() ? null : YearMonth.parse(written.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The statuses ticked; none ticked is every status. */
    private static Set<MilestoneStatus> wanted(List<MilestoneStatus> status) {
        return status == null || status.isEmpty() ? EnumSet.allOf(MilestoneStatus.class) : EnumSet.copyOf(status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
