package vn.dondoc.bot.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dondoc.bot.freetext.FreeReport;
import vn.dondoc.bot.freetext.ReportReader;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.DoneOutcome;
import vn.dondoc.scheduler.task.DoneRequest;
import vn.dondoc.scheduler.task.ExtensionRequested;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.Progress;
import vn.dondoc.scheduler.task.TaskActionException;
import vn.dondoc.scheduler.task.TaskError;

/**
 * Reports written in words ("đã xong nhiệm vụ 47", "nv 12 đạt 60%", "xin lùi hạn 12 sang 30/4"): restated with
 * Xác nhận ({@code ft!:KEY}) and Hủy ({@code ft0:KEY}); only Xác nhận calls the use case, as /xong, /tiendo and
 * /giahan would. Whether the caller may report on the task is checked before restating and again on Xác nhận.
 */
final class FreeTextReports implements Buttons {

    /** More restatements than any office leaves unanswered at once. */
    static final int WAITING = 1000;
    private static final int TITLE = 90;

    private final Notices notices;
    private final PendingReports pending = new PendingReports(WAITING);

    FreeTextReports(Notices notices) {
        this.notices = notices;
    }

    /**
     * Restates the report in {@code text}, or says how to write it when a part is missing; false when the text
     * is no report at all. {@code quoted} is the bot's message it replies to, which may name the task.
     */
    boolean read(Request request, String text, String quoted) {
        Optional<FreeReport> read = ReportReader.read(text);
        if (read.isEmpty()) {
            return false;
        }
        FreeReport report = read.get();
        Long task = report.task() != null ? report.task() : QuotedTask.of(quoted).orElse(null);
        if (report instanceof FreeReport.Unplaced unplaced) {
            request.reply(howTo(request, unplaced.kind(), task));
        } else if (task == null) {
            request.reply(request.text("freeText.whichTask", howTo(request, kind(report), null)));
        } else {
            restate(request, report, task);
        }
        return true;
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("ft!", "ft0");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (args.size() != 1) {
            return;
        }
        Optional<PendingReports.Pending> waiting = pending.take(args.get(0), request.incoming().chatId());
        if (waiting.isEmpty()) {
            request.replaceMessage(request.text("freeText.expired"), Keyboard.NONE);
        } else if (prefix.equals("ft0")) {
            request.replaceMessage(request.text("freeText.cancelled", waiting.get().taskId()), Keyboard.NONE);
        } else {
            record(request, waiting.get());
        }
    }

    private void restate(Request request, FreeReport report, long task) {
        String html;
        LocalDate newDue = null;
        if (report instanceof FreeReport.Done done) {
            // The milestone meant is the use case's choice; several due ones are chosen after Xác nhận.
            MilestoneLine line = request.services().tasks().doneChoices(request.asCaller(), task).get(0);
            html = request.text("freeText.confirmDone", task, title(line), note(request, done.note()));
        } else if (report instanceof FreeReport.Progress progress) {
            MilestoneLine line = request.services().tasks().reportable(request.asCaller(), task);
            html = request.text("freeText.confirmProgress", task, title(line), progress.percent(), note(request, progress.note()));
        } else {
            FreeReport.Extension extension = (FreeReport.Extension) report;
            MilestoneLine line = request.services().tasks().reportable(request.asCaller(), task);
            newDue = newDue(request, extension, line);
            if (newDue == null) {
                return;
            }
            html = request.text("freeText.confirmExtension", task, title(line),
                    line.due() == null ? request.text("done.noDue") : Formats.date(line.due()), Formats.date(newDue),
                    extension.reason() == null ? request.text("freeText.noReason") : Html.escape(extension.reason()));
        }
        String key = pending.hold(new PendingReports.Pending(request.incoming().chatId(), report, task, newDue));
        request.reply(html, Keyboard.row(new Keyboard.Button(request.text("button.confirmFreeText"), "ft!:" + key),
                new Keyboard.Button(request.text("button.cancelFreeText"), "ft0:" + key)));
    }

    private void record(Request request, PendingReports.Pending waiting) {
        long task = waiting.taskId();
        FreeReport report = waiting.report();
        if (report instanceof FreeReport.Done done) {
            DoneOutcome outcome = request.services().tasks().reportDone(request.asCaller(), task, DoneRequest.today(done.note()));
            request.replaceMessage(DoneCommand.html(request, outcome), DoneCommand.keyboard(request, outcome));
        } else if (report instanceof FreeReport.Progress progress) {
            Progress recorded = request.services().tasks().reportProgress(request.asCaller(), task, progress.percent(), progress.note());
            request.replaceMessage(request.text("progress.recorded", recorded.taskId(), recorded.percent()), Keyboard.NONE);
        } else {
            FreeReport.Extension extension = (FreeReport.Extension) report;
            ExtensionRequested requested = request.services().extensions()
                    .request(request.asCaller(), task, waiting.newDue(), extension.reason());
            request.replaceMessage(request.text("extend.requested", requested.extension().id(), task,
                    Formats.date(requested.extension().requestedDue())), Keyboard.NONE);
            notices.extensionRequested(requested, request.caller());
        }
    }

    /** The date asked for; without a year, the year of the due date in force (the plan's), else this year. */
    private static LocalDate newDue(Request request, FreeReport.Extension extension, MilestoneLine line) {
        int year = extension.year() != null ? extension.year() : line.due() != null ? line.due().getYear() : request.today().getYear();
        LocalDate date;
        try {
            date = LocalDate.of(year, extension.month(), extension.day());
        } catch (DateTimeException e) {
            request.reply(request.text("error.impossibleDate", extension.day() + "/" + extension.month() + "/" + year));
            return null;
        }
        // The use case decides again on Xác nhận; asked here so that nothing impossible is restated.
        if (!date.isAfter(request.today())) {
            throw new TaskActionException(TaskError.EXTENSION_IN_THE_PAST, date);
        }
        if (line.due() != null && !date.isAfter(line.due())) {
            throw new TaskActionException(TaskError.EXTENSION_NOT_LATER, line.due());
        }
        return date;
    }

    private static String howTo(Request request, FreeReport.Kind kind, Long task) {
        return request.text("freeText.howTo." + kind.name(), task == null ? 47 : task);
    }

    private static FreeReport.Kind kind(FreeReport report) {
        if (report instanceof FreeReport.Unplaced unplaced) {
            return unplaced.kind();
        }
        return report instanceof FreeReport.Done ? FreeReport.Kind.DONE
                : report instanceof FreeReport.Progress ? FreeReport.Kind.PROGRESS : FreeReport.Kind.EXTENSION;
    }

    private static String title(MilestoneLine line) {
        String title = line.title() == null ? "" : line.title();
        return Html.escape(title.length() > TITLE ? title.substring(0, TITLE - 1).strip() + "…" : title);
    }

    private static String note(Request request, String note) {
        return note == null ? "" : request.text("freeText.note", Html.escape(note));
    }
}
