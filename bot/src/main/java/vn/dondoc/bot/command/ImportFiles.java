package vn.dondoc.bot.command;

import java.nio.file.Path;
import vn.dondoc.bot.telegram.FileDownloads;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.notice.NoticeImport;

/**
 * What importing a register sent to the bot needs besides {@link BotServices}: the scheduler's importer (the same one
 * as {@code import}), the downloads, and where sent files wait for Nhập ({@code null}: a temporary folder of the
 * process). {@link #NONE} where the bot takes no files (tests of other things): a file is answered that it cannot.
 */
public record ImportFiles(DocumentImporter importer, FileDownloads downloads, Path folder, NoticeImport notices) {

    public static final ImportFiles NONE = new ImportFiles(null, FileDownloads.NONE, null, null);

    /** Tables only, no notices in prose. */
    public ImportFiles(DocumentImporter importer, FileDownloads downloads, Path folder) {
        this(importer, downloads, folder, null);
    }
}
