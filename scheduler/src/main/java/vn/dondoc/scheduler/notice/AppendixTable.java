package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The appendix "Một số nhiệm vụ cụ thể của các sở, ngành" as a PDF copy flattens it, one cell a line: the TT
 * (1, 2, 3 … in order: any other lone number is a page number), the task over several lines, the lead agency over
 * one or two lines ("Sở Lao động - Thương binh" / "và Xã hội"), perhaps a deadline cell ("Tháng 6/2024").
 */
final class AppendixTable {

    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}\\.?$");
    private static final Pattern DEADLINE_CELL = Pattern.compile(
            "^(?:trước|trong|chậm nhất|tháng|quý|năm|\\d{1,2}\\s*/|thường xuyên|hằng|hàng|định kỳ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int LONGEST_DEADLINE_CELL = 40;

    private AppendixTable() {
    }

    /** Whether a line opens the appendix of tasks. */
    static boolean opens(String line) {
        String folded = VietnameseText.fold(line);
        return folded.contains("mot so nhiem vu cu the") || folded.matches("^phu luc(\\s.*)?$");
    }

    private static final class Row {
        final int line;
        final List<String> task = new ArrayList<>();
        final List<String> lead = new ArrayList<>();
        String deadline;

        Row(int line) {
            this.line = line;
        }
    }

    static List<NoticeTask> read(List<SourceLine> lines, AgencyPhrases phrases) {
        List<Row> rows = new ArrayList<>();
        Row row = null;
        int expected = 1;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (NUMBER.matcher(text).matches()) {
                if (Integer.parseInt(text.replace(".", "")) == expected) {
                    row = new Row(line.number());
                    rows.add(row);
                    expected++;
                }
                continue; // a number out of order is a page number
            }
            if (row == null || PageNumbers.isPageNumber(text)) {
                continue;
            }
            if (!row.lead.isEmpty()) {
                String last = row.lead.get(row.lead.size() - 1);
                if (row.lead.size() == 1 && (Character.isLowerCase(text.codePointAt(0)) || last.matches(".*[-–,&]$"))) {
                    row.lead.set(0, last + " " + text);
                } else if (text.length() <= LONGEST_DEADLINE_CELL && DEADLINE_CELL.matcher(text).find()) {
                    row.deadline = text;
                }
                continue;
            }
            if (!row.task.isEmpty() && phrases.at(text, 0).filter(f -> f.start() == 0 || text.substring(0, f.start()).isBlank()).isPresent()) {
                row.lead.add(text);
            } else {
                row.task.add(text);
            }
        }
        List<NoticeTask> tasks = new ArrayList<>();
        for (Row r : rows) {
            if (r.task.isEmpty() || r.lead.isEmpty()) {
                continue;
            }
            String task = String.join(" ", r.task);
            String deadline = r.deadline;
            if (deadline == null) {
                Optional<DeadlineMentions.Mention> mention = DeadlineMentions.find(task);
                if (mention.isPresent()) {
                    deadline = mention.get().phrase();
                    task = task.substring(0, mention.get().start()) + " " + task.substring(mention.get().end());
                }
            }
            String leadText = r.lead.get(0);
            List<String> leads = phrases.listAt(leadText, 0).stream().map(AgencyPhrases.Found::name).toList();
            tasks.add(new NoticeTask(r.line, leads.isEmpty() ? List.of(leadText) : leads, List.of(), Roles.trim(task), deadline));
        }
        return tasks;
    }
}
