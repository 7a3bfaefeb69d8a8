package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.importing.ImportText;
import vn.dondoc.messages.importing.NoticeText;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportError;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.importing.NotARegisterException;
import vn.dondoc.scheduler.importing.ParsedRegister;
import vn.dondoc.scheduler.indicator.IndicatorImportReport;
import vn.dondoc.scheduler.indicator.IndicatorImporter;
import vn.dondoc.scheduler.indicator.IndicatorTable;
import vn.dondoc.scheduler.notice.NoticeFiles;
import vn.dondoc.scheduler.notice.NoticeImport;

@Command(name = "import",
        description = {"Nhập các nhiệm vụ (hay bảng chỉ tiêu) của một văn bản giao nhiệm vụ từ tệp .tsv, .csv hoặc .xlsx,",
                "hoặc các nhiệm vụ một thông báo kết luận giao bằng lời văn (.docx, .pdf, .txt).",
                "Loại bảng nhận ra theo dòng tiêu đề: TT, nội dung, chủ trì, thời hạn là nhiệm vụ; TT, chỉ tiêu, đơn vị,",
                "mục tiêu các kỳ, phân công chủ trì là chỉ tiêu.",
                "Tìm dòng tiêu đề theo tên cột ở bất cứ đâu; nhập lại cùng văn bản thì cập nhật, không nhân đôi.",
                "Ghi cả tệp hoặc không ghi gì; in tóm tắt và mọi dòng không nhận được kèm số dòng và lý do."})
final class ImportCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final DocumentImporter importer;
    private final IndicatorImporter indicators;
    private final NoticeImport notices;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp .tsv, .csv, .xlsx, hoặc thông báo .docx, .pdf, .txt.")
    Path file;

    @Option(names = "--source", required = true, paramLabel = "SỐ_HIỆU", description = "Số hiệu văn bản, ví dụ 152/QĐ-UBND.")
    String source;

    @Mixin
    IssueOptions issue;

    @Option(names = "--dry-run", description = "Chỉ đọc và báo cáo, không ghi gì vào sổ.")
    boolean dryRun;

    ImportCommand(CliEnvironment env, Texts texts, DocumentImporter importer, IndicatorImporter indicators,
                  NoticeImport notices) {
        this.env = env;
        this.texts = texts;
        this.importer = importer;
        this.indicators = indicators;
        this.notices = notices;
    }

    @Override
    public Integer call() {
        if (source.isBlank()) {
            throw new CliException(texts.get("cli.sourceMissing"));
        }
        int planYear = issue.planYear(texts);
        if (NoticeFiles.isProseKind(file)) {
            return notice(readNotice(planYear), planYear);
        }
        Optional<IndicatorTable> table;
        try {
            // The header says which kind of table this is; an indicator table has TT, Chỉ tiêu, Đơn vị and period targets.
            table = IndicatorImporter.read(file);
        } catch (DondocException e) {
            throw new CliException(texts.get("import.refused", file, texts.error(e)));
        }
        if (table.isPresent()) {
            IndicatorImportReport report = indicators.save(table.get(),
                    new ImportRequest(file, source.trim(), issue.issued, planYear, dryRun));
            IndicatorImportText.print(report, file, env.out(), texts);
            return Cli.OK;
        }
        ParsedRegister parsed;
        try {
            // The file is judged before the register is opened: a refused file changes nothing.
            parsed = DocumentImporter.read(file);
        } catch (NotARegisterException e) {
            // A .txt without a table's header may be a notice in prose copied out of a PDF.
            boolean text = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
            Optional<NoticeImport.Reading> notice = text && e.code() == ImportError.NO_HEADER ? noticeOrNothing(planYear)
                    : Optional.empty();
            if (notice.isPresent()) {
                return notice(notice.get(), planYear);
            }
            throw new CliException(texts.get("import.refused", file, texts.error(e)));
        }
        ImportReport report = importer.save(parsed, new ImportRequest(file, source.trim(), issue.issued, planYear, dryRun));
        new ImportText(texts).lines(report, file.getFileName().toString()).forEach(env.out()::println);
        return Cli.OK;
    }

    private NoticeImport.Reading readNotice(int planYear) {
        try {
            return notices.read(file, issue.issued, planYear);
        } catch (DondocException e) {
            throw new CliException(texts.get("import.refused", file, texts.error(e)));
        }
    }

    private Optional<NoticeImport.Reading> noticeOrNothing(int planYear) {
        try {
            return Optional.of(notices.read(file, issue.issued, planYear));
        } catch (DondocException e) {
            return Optional.empty();
        }
    }

    /** Lists what the notice assigns (agency, task, deadline, line), then saves it as a table import would. */
    private Integer notice(NoticeImport.Reading reading, int planYear) {
        PrintStream out = env.out();
        new NoticeText(texts).lines(reading, file.getFileName().toString()).forEach(out::println);
        ImportReport report = notices.save(reading, new ImportRequest(file, source.trim(), issue.issued, planYear, dryRun));
        new ImportText(texts).lines(report, file.getFileName().toString()).forEach(out::println);
        return Cli.OK;
    }
}
