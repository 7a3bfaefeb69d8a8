package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.util.List;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestAttachments;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.digest.DigestMessage;

/** Without Telegram: prints what each recipient would get. */
final class DigestConsoleChannel implements DigestChannel {

    private final PrintStream out;
    private final Texts texts;
    private final DigestText text;
    private final DigestAttachments attachments;

    DigestConsoleChannel(PrintStream out, Texts texts, DigestText text) {
        this.out = out;
        this.texts = texts;
        this.text = text;
        this.attachments = new DigestAttachments(texts);
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public DeliveryResult deliver(DigestMessage m) {
        DigestAttachments.Drawn drawn = attachments.of(m);
        out.println(texts.get("digest.cli.to", m.contactName(), m.contactId(), size(drawn.png().length, "PNG"),
                size(drawn.xlsx().length, "XLSX")));
        out.println(text.html(m.digest()));
        out.println();
        return new DeliveryResult.Sent(List.of());
    }

    private static String size(int bytes, String kind) {
        return kind + " " + Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
