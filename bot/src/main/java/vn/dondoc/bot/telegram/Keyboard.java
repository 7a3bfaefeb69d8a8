package vn.dondoc.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/** Buttons under a message, row by row. Each button carries short callback data (Telegram allows 64 bytes). */
public record Keyboard(List<List<Button>> rows, boolean forceReply) {

    public static final Keyboard NONE = new Keyboard(List.of(), false);
    /** Asks the app to open a reply to this message, so the answer comes back quoted. */
    public static final Keyboard FORCE_REPLY = new Keyboard(List.of(), true);

    public Keyboard {
        rows = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
    }

    public static Keyboard of(List<List<Button>> rows) {
        return new Keyboard(rows, false);
    }

    public static Keyboard row(Button... buttons) {
        return of(List.of(List.of(buttons)));
    }

    public Keyboard plus(Keyboard more) {
        List<List<Button>> all = new ArrayList<>(rows);
        all.addAll(more.rows);
        return new Keyboard(all, forceReply || more.forceReply);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && !forceReply;
    }

    public record Button(String text, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over 64 bytes: " + data);
            }
        }
    }
}
