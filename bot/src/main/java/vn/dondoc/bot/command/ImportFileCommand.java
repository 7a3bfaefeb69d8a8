package vn.dondoc.bot.command;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.bot.telegram.FileDownloads;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.SentFile;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.importing.ImportText;
import vn.dondoc.messages.importing.NoticeText;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportError;
import vn.dondoc.scheduler.importing.NotARegisterException;
import vn.dondoc.scheduler.notice.NoticeImport;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.indicator.IndicatorImporter;
import vn.dondoc.scheduler.importing.ParsedRegister;

/**
 * The office imports a register by sending the file (.tsv, .csv, .xlsx) with the document's number and date as its
 * caption ({@link ImportCaption}; what is missing is asked for, and the answer awaited). The bot downloads it, answers
 * with the preview of {@code import --dry-run} and the buttons Nhập / Hủy; nothing is written before Nhập, and the
 * file waits in {@link PendingImports}. /nhap itself says how. Anyone else's file is refused in the dispatcher.
 * A notice in prose (.docx, .pdf, or a .txt without a table's header) is previewed with the listing of
 * {@code import --dry-run}; a reply "bỏ 2, 5" leaves those tasks out and sends the new listing.
 */
final class ImportFileCommand implements BotCommand, Buttons, Replies {

    /** The extensions the importer reads ({@code TableFiles}); anything else is refused before it is downloaded. */
    private static final List<String> TABLES = List.of("tsv", "txt", "csv", "xlsx", "xlsm", "xls");
    /** A notice in prose ({@code NoticeFiles}); a .txt is read as a notice when it has no table's header. */
    private static final List<String> NOTICES = List.of("docx", "pdf");
    /** "bỏ 2, 5", "bo dong 2 5": the lines of the notice's tasks the office leaves out. */
    private static final Pattern DROP = Pattern.compile("(?iU)^\\s*(bỏ|bo|drop)\\b[^\\d]*(\\d[\\d\\s,;.và&]*)$");

    private final ImportFiles files;
    private final PendingImports pending;
    private final Clock clock;
    private final ConsoleLogin console;

    ImportFileCommand(ImportFiles files, Clock clock, ConsoleLogin console) {
        this.files = files;
        this.clock = clock;
        this.console = console;
        this.pending = new PendingImports(clock, files.folder());
    }

    @Override
    public List<String> names() {
        return List.of("nhap", "import");
    }

    @Override
    public Access access() {
        return Access.OFFICE;
    }

    @Override
    public void run(Request request) {
        request.reply(request.text("importFile.how"));
    }

    /** An OFFICE contact sent a file in a private chat: refused in one line, or previewed, or its document asked for. */
    void received(Request request) {
        SentFile sent = request.incoming().file();
        String name = sent.photo() || sent.name() == null ? request.text("importFile.photoName") : sent.name();
        boolean prose = files.notices() != null && NOTICES.contains(extension(name));
        if (sent.photo() || !(TABLES.contains(extension(name)) || prose)) {
            request.reply(request.text("importFile.notATable", Html.escape(name)));
            return;
        }
        if (sent.size() != null && sent.size() > FileDownloads.TELEGRAM_LIMIT) {
            request.reply(request.text("importFile.tooBig", Html.escape(name), megabytes(sent.size())));
            return;
        }
        if (files.importer() == null) {
            request.reply(request.text("importFile.unavailable"));
            return;
        }
        Path folder = pending.newFolder();
        Path file = folder.resolve(safeName(name));
        boolean notice = prose;
        try {
            files.downloads().download(sent.fileId(), file, FileDownloads.TELEGRAM_LIMIT);
            if (prose) {
                // Judged as the command line judges it: a notice that assigns nothing is refused at once.
                files.notices().read(file, LocalDate.now(clock), LocalDate.now(clock).getYear());
            } else {
                // Judged before anything is asked: a file that is not a register is refused at once. An indicator
                // table (Phụ lục 03) is a register of another kind, imported on the command line: said so, not "no header".
                if (IndicatorImporter.read(file).isPresent()) {
                    PendingImports.delete(folder);
                    request.reply(request.text("importFile.indicatorTable", Html.escape(name)));
                    return;
                }
                notice = isNoticeText(file);
            }
        } catch (FileDownloads.TooBig e) {
            PendingImports.delete(folder);
            request.reply(request.text("importFile.tooBig", Html.escape(name), megabytes(e.size())));
            return;
        } catch (TelegramFailure e) {
            PendingImports.delete(folder);
            request.reply(request.text("importFile.downloadFailed", Html.escape(name)));
            return;
        } catch (DondocException e) {
            PendingImports.delete(folder);
            request.reply(request.text("importFile.notARegister", Html.escape(name), Html.escape(request.texts().error(e))));
            return;
        }
        PendingImports.Pending held = pending.hold(request.incoming().chatId(), request.caller().id(), file, name,
                ImportCaption.read(request.args()), notice);
        next(request, held);
    }

    /**
     * A table, as the importer reads it ({@code false}), or a .txt without a table's header that reads as a notice in
     * prose ({@code true}), as {@code import} tells them apart; anything else is refused with the table's reason.
     */
    private boolean isNoticeText(Path file) {
        try {
            DocumentImporter.read(file);
            return false;
        } catch (NotARegisterException e) {
            if (files.notices() == null || !"txt".equals(extension(file.getFileName().toString()))
                    || e.code() != ImportError.NO_HEADER) {
                throw e;
            }
            try {
                files.notices().read(file, LocalDate.now(clock), LocalDate.now(clock).getYear());
                return true;
            } catch (DondocException notANotice) {
                throw e;
            }
        }
    }

    /** Asks for what the caption lacks, or shows the preview with Nhập / Hủy. */
    private void next(Request request, PendingImports.Pending held) {
        ImportCaption caption = held.caption();
        if (!caption.complete()) {
            String missing = request.text(caption.number() == null && caption.issued() == null ? "importFile.missingBoth"
                    : caption.number() == null ? "importFile.missingNumber" : "importFile.missingDate");
            String impossible = caption.impossibleDate() == null ? ""
                    : request.text("importFile.impossibleDate", Html.escape(caption.impossibleDate()));
            request.reply(request.text("importFile.askPrefix") + held.key()
                    + request.text("importFile.ask", Html.escape(held.name()), missing, impossible), Keyboard.FORCE_REPLY);
            return;
        }
        if (held.notice()) {
            previewNotice(request, held);
            return;
        }
        ImportReport preview = save(held, true, null);
        request.reply(new ImportText(request.texts()).html(preview, held.name()) + "\n\n"
                        + request.text("importFile.previewFooter", PendingImports.WAIT.toMinutes()),
                Keyboard.row(new Keyboard.Button(request.text("button.importFile"), "imp:y:" + held.key()),
                        new Keyboard.Button(request.text("button.cancelImportFile"), "imp:n:" + held.key())));
    }

    /**
     * The notice's listing (what {@code import --dry-run} prints) without the tasks dropped, the import's summary,
     * Nhập / Hủy, and how to drop more (a reply "bỏ 2, 5") or correct a task (the console's import page).
     */
    private void previewNotice(Request request, PendingImports.Pending held) {
        NoticeImport.Reading shown = kept(held);
        ImportReport preview = files.notices().save(shown, request(held, true));
        String correct = console.page("/nhap").map(link -> request.text("importFile.noticeCorrectAt", Html.escape(link)))
                .orElse(request.text("importFile.noticeCorrect"));
        request.reply(request.text("importFile.noticePrefix") + held.key()
                        + request.text("importFile.noticeHead", Html.escape(held.name())) + "\n"
                        + new NoticeText(request.texts()).html(shown, held.name()) + "\n\n"
                        + new ImportText(request.texts()).html(preview, held.name()) + "\n\n"
                        + request.text("importFile.previewFooter", PendingImports.WAIT.toMinutes()) + "\n"
                        + request.text("importFile.noticeDrop", example(shown)) + " " + correct,
                Keyboard.row(new Keyboard.Button(request.text("button.importFile"), "imp:y:" + held.key()),
                        new Keyboard.Button(request.text("button.cancelImportFile"), "imp:n:" + held.key())));
    }

    /** What the notice assigns, read again from the waiting file for the document's date. */
    private NoticeImport.Reading read(PendingImports.Pending held) {
        ImportRequest request = request(held, true);
        return files.notices().read(held.file(), request.issued(), request.effectivePlanYear());
    }

    /** What the notice assigns, without the tasks the office dropped. */
    private NoticeImport.Reading kept(PendingImports.Pending held) {
        ImportRequest request = request(held, true);
        return files.notices().edited(read(held), new NoticeImport.Edits(held.dropped(), Map.of()), request.issued(),
                request.effectivePlanYear());
    }

    /**
     * "bỏ 2, 5" answered to a notice's preview: the tasks on those lines (as the listing shows them) are left out, and
     * the new listing is sent. Nothing is dropped when a number is no task's line, or when nothing would be left.
     */
    private void drop(Request request, PendingImports.Pending held, Matcher drop) {
        Set<Integer> asked = new TreeSet<>();
        Matcher number = Pattern.compile("\\d{1,7}").matcher(drop.group(2));
        while (number.find()) {
            asked.add(Integer.parseInt(number.group()));
        }
        NoticeImport.Reading all = read(held);
        Set<Integer> lines = new TreeSet<>();
        Set<Integer> places = new TreeSet<>(held.dropped());
        for (int place = 1; place <= all.tasks().size(); place++) {
            int line = all.tasks().get(place - 1).task().line();
            if (!held.dropped().contains(place)) {
                lines.add(line);
                if (asked.contains(line)) {
                    places.add(place);
                }
            }
        }
        if (!lines.containsAll(asked)) {
            Set<Integer> unknown = new TreeSet<>(asked);
            unknown.removeAll(lines);
            request.reply(request.text("importFile.noticeDropNone", joined(unknown), Html.escape(held.name()), joined(lines)));
            return;
        }
        if (places.size() == all.tasks().size()) {
            request.reply(request.text("importFile.noticeDropAll", Html.escape(held.name())));
            return;
        }
        PendingImports.Pending dropped = held.dropping(places);
        pending.update(dropped);
        previewNotice(request, dropped);
    }

    private static String example(NoticeImport.Reading shown) {
        return joined(shown.tasks().stream().map(r -> r.task().line()).limit(2).toList());
    }

    private static String joined(java.util.Collection<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }

    private static ImportRequest request(PendingImports.Pending held, boolean dryRun) {
        ImportCaption caption = held.caption();
        return new ImportRequest(held.file(), caption.number(), caption.issued(), null, dryRun);
    }

    /** {@code by}: who pressed Nhập, named in the history of each task; null for the preview, which writes nothing. */
    private ImportReport save(PendingImports.Pending held, boolean dryRun, vn.dondoc.scheduler.task.Actor by) {
        if (held.notice()) {
            return files.notices().save(read(held), new NoticeImport.Edits(held.dropped(), Map.of()), request(held, dryRun).by(by));
        }
        // Read once already when it came; a refusal now (the file changed on disk) reaches the person as its code.
        ParsedRegister parsed = DocumentImporter.read(held.file());
        return files.importer().save(parsed, request(held, dryRun).by(by));
    }

    @Override
    public Optional<String> askedAbout(Request request, String quoted) {
        if (!Access.OFFICE.allows(request.caller()) || !request.incoming().privateChat()) {
            return Optional.empty();
        }
        Optional<String> key = Replies.numberAfter(request.text("importFile.askPrefix"), quoted)
                .or(() -> Replies.numberAfter(request.text("importFile.noticePrefix"), quoted));
        if (key.isPresent() || request.args().startsWith("/")) {
            return key;
        }
        if (DROP.matcher(request.args()).matches()) {
            // "bỏ 2" without Reply, or replying to a later part of a preview too long for one message (only the first
            // part names the file): the newest notice of this chat waiting for Nhập.
            return pending.awaitingNotice(request.incoming().chatId()).map(PendingImports.Pending::key);
        }
        if (quoted != null) {
            return Optional.empty();
        }
        // Answered without Reply: taken only when it names a number or a date, so other words still go their way.
        return ImportCaption.read(request.args()).isEmpty() ? Optional.empty()
                : pending.awaitingCaption(request.incoming().chatId()).map(PendingImports.Pending::key);
    }

    @Override
    public void answered(Request request, String key) {
        Optional<PendingImports.Pending> held = pending.get(key, request.incoming().chatId());
        if (held.isEmpty()) {
            request.reply(request.text("importFile.expired"));
            return;
        }
        Matcher drop = DROP.matcher(request.args());
        if (held.get().notice() && held.get().caption().complete()) {
            if (drop.matches()) {
                drop(request, held.get(), drop);
            } else {
                request.reply(request.text("importFile.noticeHowDrop", example(kept(held.get()))));
            }
            return;
        }
        PendingImports.Pending answered = held.get().with(held.get().caption().with(ImportCaption.read(request.args())));
        pending.update(answered);
        next(request, answered);
    }

    @Override
    public List<String> buttonPrefixes() {
        return List.of("imp");
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        if (!Access.OFFICE.allows(request.caller())) {
            request.reply(request.text("importFile.officeOnly"));
            return;
        }
        Optional<PendingImports.Pending> taken = args.size() == 2 ? pending.take(args.get(1), request.incoming().chatId())
                : Optional.empty();
        if (taken.isEmpty()) {
            request.replaceMessage(request.text("importFile.expired"), Keyboard.NONE);
            return;
        }
        PendingImports.Pending held = taken.get();
        ImportReport report = null;
        try {
            if ("y".equals(args.get(0))) {
                report = save(held, false, request.asCaller().actor());
            }
        } finally {
            // Imported or not, the file is not kept: the register now holds what was taken from it.
            PendingImports.delete(held.file().getParent());
        }
        if (report == null) {
            request.replaceMessage(request.text("importFile.cancelled", Html.escape(held.name())), Keyboard.NONE);
            return;
        }
        request.replaceMessage(request.text("importFile.accepted", Html.escape(held.name())), Keyboard.NONE);
        request.reply(new ImportText(request.texts()).html(report, held.name()));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The sender's name for the file, without anything that could leave its folder. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "tep" + safe : safe;
    }

    private static String megabytes(long bytes) {
        return Formats.count((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
