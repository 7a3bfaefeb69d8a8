package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.task.Done;
import vn.dondoc.scheduler.task.DoneOutcome;
import vn.dondoc.scheduler.task.DoneRequest;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * /xong N [dd/mm/yyyy] [ghi chú]: a milestone of the task is done (the office and leaders may give the
 * day it happened). The answer names the deadline closed and those that remain; when several are
 * already due, the person chooses with a button per open milestone. The Done button asks first
 * ({@code d:N}); the confirmation names its milestone ({@code d!:N:M}), so a second press records nothing more.
 */
final class DoneCommand implements BotCommand, Buttons {

    @Override
    public List<String> names() {
        return List.of("xong", "done");
    }

    @Override
    public Access access() {
        return Access.CONTACT;
    }

    @Override
    public void run(Request request) {
        request.taskNumber(Arguments.first(request.args())).ifPresent(id -> {
            String rest = Arguments.rest(request.args());
            String first = Arguments.first(rest);
            LocalDate on = null;
            String note = rest;
            if (!first.isEmpty()) {
                BotDates.Parsed parsed = BotDates.parse(first);
                if (parsed instanceof BotDates.Impossible) {
                    request.reply(request.text("error.impossibleDate", Html.escape(first)));
                    return;
                }
                if (parsed instanceof BotDates.Valid valid) {
                    on = valid.date();
                    note = Arguments.rest(rest);
                }
            }
            DoneOutcome outcome = request.services().tasks().reportDone(request.asCaller(), id,
                    new DoneRequest(null, null, on, Arguments.note(note)));
            request.reply(html(request, outcome), keyboard(request, outcome));
        });
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("d", "d!", "d0");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            return;
        }
        OptionalLong task = request.taskNumber(args.get(0));
        if (task.isEmpty()) {
            return;
        }
        long id = task.getAsLong();
        // "d!:N" without a milestone is a confirmation sent before milestones were named: ask again.
        if (prefix.equals("d") || (prefix.equals("d!") && args.size() == 1)) {
            confirm(request, id);
        } else if (prefix.equals("d!")) {
            OptionalLong milestone = Arguments.number(args.get(1));
            if (milestone.isPresent()) {
                DoneOutcome outcome = request.services().tasks().reportDone(request.asCaller(), id,
                        new DoneRequest(milestone.getAsLong(), null, null, null));
                request.replaceMessage(html(request, outcome), keyboard(request, outcome));
            }
        } else {
            request.replaceMessage(request.text("done.cancelled", id), Keyboard.NONE);
        }
    }

    /** Names the milestone the button would record, or lets the person choose when several are due. */
    private static void confirm(Request request, long id) {
        List<MilestoneLine> meant = request.services().tasks().doneChoices(request.asCaller(), id);
        if (meant.size() > 1) {
            DoneOutcome choose = new DoneOutcome.Choose(id, meant);
            request.reply(html(request, choose), keyboard(request, choose));
            return;
        }
        MilestoneLine milestone = meant.get(0);
        String question = milestone.due() == null ? request.text("done.confirm", id)
                : request.text("done.confirmMilestone", id, Formats.date(milestone.due()));
        request.reply(question, Keyboard.row(
                new Keyboard.Button(request.text("button.confirmDone"), "d!:" + id + ":" + milestone.milestoneId()),
                new Keyboard.Button(request.text("button.cancel"), "d0:" + id)));
    }

    private static String html(Request request, DoneOutcome outcome) {
        if (outcome instanceof DoneOutcome.Recorded recorded) {
            Done done = recorded.done();
            // A task of one milestone keeps the short answer; one of several always says which deadline.
            if (recorded.milestones() == 1) {
                return request.text("done.recorded", done.taskId(), Formats.date(done.on()));
            }
            String closed = request.text("done.recordedMilestone", done.taskId(), due(request, done.due()), Formats.date(done.on()));
            return closed + " " + (recorded.remaining().isEmpty() ? request.text("done.noneRemain")
                    : request.text("done.remain", recorded.remaining().size(), dates(recorded.remaining())));
        }
        if (outcome instanceof DoneOutcome.AlreadyDone already) {
            return request.text("done.already", already.taskId(), due(request, already.due()), Formats.date(already.doneOn()));
        }
        DoneOutcome.Choose choose = (DoneOutcome.Choose) outcome;
        return request.text("done.choose", choose.taskId(),
                dates(choose.open().stream().map(MilestoneLine::due).filter(java.util.Objects::nonNull).toList()));
    }

    private static Keyboard keyboard(Request request, DoneOutcome outcome) {
        if (!(outcome instanceof DoneOutcome.Choose choose)) {
            return Keyboard.NONE;
        }
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (MilestoneLine line : choose.open()) {
            rows.add(List.of(new Keyboard.Button(request.text("button.milestone", due(request, line.due())),
                    "d!:" + choose.taskId() + ":" + line.milestoneId())));
        }
        rows.add(List.of(new Keyboard.Button(request.text("button.cancel"), "d0:" + choose.taskId())));
        return Keyboard.of(rows);
    }

    private static String due(Request request, LocalDate due) {
        return due == null ? request.text("done.noDue") : Formats.date(due);
    }

    private static String dates(List<LocalDate> dates) {
        return String.join(", ", dates.stream().map(Formats::date).toList());
    }
}
