package vn.dondoc.bot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.bot.digest.DigestText;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.Digest;
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
    private final List<Written> written = new ArrayList<>();

    DigestFolderChannel(Path folder, DigestText text) {
        this.folder = folder;
        this.text = text;
    }

    @Override
    public DeliveryResult deliver(DigestMessage m) {
        write(String.valueOf(m.contactId()), m.contactName(), m.digest(), m.png(), m.xlsx());
        return new DeliveryResult.Sent(List.of());
    }

    void write(String name, String recipient, Digest digest, byte[] png, byte[] xlsx) {
        String base = "digest-" + name;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(base + ".html"), "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    + "<title>" + Html.escape(recipient) + "</title></head>\n<body style=\"white-space: pre-wrap;"
                    + " font-family: sans-serif; max-width: 40em\">\n" + text.html(digest) + "\n</body></html>\n");
            Files.write(folder.resolve(base + ".png"), png);
            Files.write(folder.resolve(base + ".xlsx"), xlsx);
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
