package vn.dondoc.messages.digest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestMessage;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * The chart and the workbook of a digest message, drawn once per scope: a run hands every recipient of
 * one scope the same figures and lines, so the office and the Chairman share one drawing. Remembers
 * the last drawing of each scope only (a few), and draws again when a new run brings new figures.
 */
public final class DigestAttachments {

    private final DigestChart chart;
    private final DigestWorkbook workbook;
    private final Map<DigestScope, Drawn> last = new HashMap<>();

    public DigestAttachments(Texts texts) {
        this.chart = new DigestChart(texts);
        this.workbook = new DigestWorkbook(texts);
    }

    public synchronized Drawn of(DigestMessage message) {
        Digest digest = message.digest();
        Drawn drawn = last.get(digest.scope());
        if (drawn == null || drawn.digest() != digest || drawn.lines() != message.lines()) {
            drawn = new Drawn(digest, message.lines(), chart.png(digest), workbook.xlsx(message.lines(), digest.day()));
            last.put(digest.scope(), drawn);
        }
        return drawn;
    }

    /** The chart as PNG and the register as .xlsx, with the figures and lines they were drawn from. */
    public record Drawn(Digest digest, List<MilestoneLine> lines, byte[] png, byte[] xlsx) {
    }
}
