package vn.dondoc.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestWorkbook;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskStatus;

/**
 * The register as of today, one row a task (the status of its earliest open milestone, as {@code tasks} shows it),
 * filtered by an agency in any written form and by status. The same read model as the {@code tasks} command.
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

    @GetMapping("/")
    String register(@RequestParam(required = false) String agency,
                    @RequestParam(name = "status", required = false) List<MilestoneStatus> status, Model model) {
        LocalDate today = LocalDate.now(clock);
        Set<MilestoneStatus> wanted = status == null || status.isEmpty()
                ? EnumSet.allOf(MilestoneStatus.class) : EnumSet.copyOf(status);
        String written = agency == null ? "" : agency.strip();
        Long agencyId = null;
        if (!written.isEmpty()) {
            AgencyLookup lookup = agencies.lookup(written);
            List<Agency> found = lookup.agencies();
            if (found.size() == 1) {
                agencyId = found.get(0).id();
                model.addAttribute("agencyName", found.get(0).name());
            } else {
                model.addAttribute("agencyProblem", found.isEmpty() ? texts.get("console.register.unknownAgency", written)
                        : texts.get("console.register.ambiguousAgency", written,
                        String.join("; ", found.stream().map(Agency::name).toList())));
            }
        }
        List<MilestoneLine> current = model.containsAttribute("agencyProblem") ? List.of() : currentOfEachTask(agencyId, today);
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        List<Row> rows = new ArrayList<>();
        for (MilestoneLine line : current) {
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
        model.addAttribute("today", Formats.date(today));
        model.addAttribute("agency", written);
        model.addAttribute("agencyNames", agencies.all().stream().map(Agency::name).toList());
        model.addAttribute("statuses", filters);
        model.addAttribute("rows", rows);
        model.addAttribute("total", current.size());
        model.addAttribute("chosenStatuses", status == null ? List.of() : status);
        return "console/register";
    }

    /**
     * The register as the page shows it (the same agency and statuses), as a workbook: every milestone of each task
     * shown, in the digest's workbook (one row a milestone, coloured by status, a summary sheet).
     */
    @GetMapping("/so-nhiem-vu.xlsx")
    org.springframework.http.ResponseEntity<byte[]> download(@RequestParam(required = false) String agency,
                        @RequestParam(name = "status", required = false) List<MilestoneStatus> status) {
        LocalDate today = LocalDate.now(clock);
        Set<MilestoneStatus> wanted = status == null || status.isEmpty()
                ? EnumSet.allOf(MilestoneStatus.class) : EnumSet.copyOf(status);
        String written = agency == null ? "" : agency.strip();
        Long agencyId = null;
        if (!written.isEmpty()) {
            List<Agency> found = agencies.lookup(written).agencies();
            if (found.size() != 1) {
                return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                        .header(org.springframework.http.HttpHeaders.LOCATION, "/?agency="
                                + java.net.URLEncoder.encode(written, java.nio.charset.StandardCharsets.UTF_8)).build();
            }
            agencyId = found.get(0).id();
        }
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        tasks.milestones(TaskQuery.ofAgency(agencyId, today))
                .forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
        List<MilestoneLine> lines = byTask.values().stream()
                .filter(one -> wanted.contains(TaskStatus.current(one).status()))
                .flatMap(List::stream).toList();
        String name = "so-nhiem-vu-" + today + ".xlsx";
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(new DigestWorkbook(texts).xlsx(lines, today));
    }

    private List<MilestoneLine> currentOfEachTask(Long agencyId, LocalDate today) {
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        tasks.milestones(TaskQuery.ofAgency(agencyId, today))
                .forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
        return byTask.values().stream().map(TaskStatus::current).toList();
    }
}
