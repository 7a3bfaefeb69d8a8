package vn.dondoc.bot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestAttachments;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.digest.DigestMessage;

/**
 * The dry run's channel: each recipient's text, chart and workbook as files, to look at before Monday.
 * The .html wraps the Telegram text in a page that keeps its line breaks, so a browser shows it as a
 * phone would.
 */
final class DigestFolderChannel implements DigestChannel {

    private final Path folder;
    private final DigestText text;
    private final DigestAttachments attachments;
    private final List<Written> written = new ArrayList<>();

    DigestFolderChannel(Path folder, Texts texts) {
        this.folder = folder;
        this.text = new DigestText(texts);
        this.attachments = new DigestAttachments(texts);
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public DeliveryResult deliver(DigestMessage m) {
        write(String.valueOf(m.contactId()), m.contactName(), m);
        return new DeliveryResult.Sent(List.of());
    }

    void write(String name, String recipient, DigestMessage m) {
        DigestAttachments.Drawn drawn = attachments.of(m);
        String base = "digest-" + name;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(base + ".html"), "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    + "<title>" + Html.escape(recipient) + "</title></head>\n<body style=\"white-space: pre-wrap;"
                    + " font-family: sans-serif; max-width: 40em\">\n" + text.html(m.digest()) + "\n</body></html>\n");
            Files.write(folder.resolve(base + ".png"), drawn.png());
            Files.write(folder.resolve(base + ".xlsx"), drawn.xlsx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(new Written(base, recipient));
    }

    List<Written> written() {
        return written;
    }

    record Written(String base, String recipient) {
    }
}
