package vn.dondoc.bot.telegram;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Without a token nothing goes to Telegram: what would be sent is printed instead. */
public final class ConsoleOutbox implements Outbox {

    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();

    public ConsoleOutbox(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public synchronized List<Long> send(long chatId, String html, Keyboard keyboard) {
        out.println("── chat " + chatId + " ──");
        out.println(html);
        if (!keyboard.rows().isEmpty()) {
            out.println(keyboard.rows().stream()
                    .map(row -> row.stream().map(b -> "[" + b.text() + "]").collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("\n")));
        }
        return List.of(ids.incrementAndGet());
    }

    @Override
    public void edit(long chatId, long messageId, String html, Keyboard keyboard) {
        send(chatId, html, keyboard);
    }

    @Override
    public void answerButton(String callbackId, String text) {
    }

    @Override
    public synchronized long sendPhoto(long chatId, String fileName, byte[] png, String caption) {
        out.println("── chat " + chatId + " ── ảnh " + fileName + " (" + png.length + " byte)");
        return ids.incrementAndGet();
    }

    @Override
    public synchronized long sendDocument(long chatId, String fileName, byte[] content, String caption) {
        out.println("── chat " + chatId + " ── tệp " + fileName + " (" + content.length + " byte)");
        return ids.incrementAndGet();
    }
}
