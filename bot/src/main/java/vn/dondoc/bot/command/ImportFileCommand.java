package vn.dondoc.bot.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dondoc.bot.telegram.FileDownloads;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.SentFile;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.importing.ImportText;
import vn.dondoc.scheduler.importing.DocumentImporter;
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
 */
final class ImportFileCommand implements BotCommand, Buttons, Replies {

    /** The extensions the importer reads ({@code TableFiles}); anything else is refused before it is downloaded. */
    private static final List<String> TABLES = List.of("tsv", "txt", "csv", "xlsx", "xlsm", "xls");

    private final ImportFiles files;
    private final PendingImports pending;

    ImportFileCommand(ImportFiles files, java.time.Clock clock) {
        this.files = files;
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
        if (sent.photo() || !TABLES.contains(extension(name))) {
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
        try {
            files.downloads().download(sent.fileId(), file, FileDownloads.TELEGRAM_LIMIT);
            // Judged before anything is asked: a file that is not a register is refused at once. An indicator table
            // (Phụ lục 03) is a register of another kind, imported on the command line: said so, not "no header".
            if (IndicatorImporter.read(file).isPresent()) {
                PendingImports.delete(folder);
                request.reply(request.text("importFile.indicatorTable", Html.escape(name)));
                return;
            }
            DocumentImporter.read(file);
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
                ImportCaption.read(request.args()));
        next(request, held);
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
        ImportReport preview = save(held, true);
        request.reply(new ImportText(request.texts()).html(preview, held.name()) + "\n\n"
                        + request.text("importFile.previewFooter", PendingImports.WAIT.toMinutes()),
                Keyboard.row(new Keyboard.Button(request.text("button.importFile"), "imp:y:" + held.key()),
                        new Keyboard.Button(request.text("button.cancelImportFile"), "imp:n:" + held.key())));
    }

    private ImportReport save(PendingImports.Pending held, boolean dryRun) {
        // Read once already when it came; a refusal now (the file changed on disk) reaches the person as its code.
        ParsedRegister parsed = DocumentImporter.read(held.file());
        ImportCaption caption = held.caption();
        return files.importer().save(parsed, new ImportRequest(held.file(), caption.number(), caption.issued(), null, dryRun));
    }

    @Override
    public Optional<String> askedAbout(Request request, String quoted) {
        if (!Access.OFFICE.allows(request.caller()) || !request.incoming().privateChat()) {
            return Optional.empty();
        }
        Optional<String> key = Replies.numberAfter(request.text("importFile.askPrefix"), quoted);
        if (key.isPresent() || quoted != null || request.args().startsWith("/")) {
            return key;
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
                report = save(held, false);
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
