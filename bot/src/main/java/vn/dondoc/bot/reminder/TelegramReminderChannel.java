package vn.dondoc.bot.reminder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.TelegramSends;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.reminder.ReminderText;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.reminder.IndicatorReminder;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderMessage;

/**
 * Reminder messages to Telegram: the {@link ReminderText} in HTML, cut where Telegram's limit forces
 * it, with a row of Done / Progress / Extension buttons per task under the last part, each part sent
 * under the {@link SendAttempts}' pacing and retries. Safe from several threads at once: the pacer is shared,
 * the rest keeps no state.
 */
public final class TelegramReminderChannel implements ReminderChannel {

    /** Telegram allows 100 buttons; more than ten rows is a wall nobody reads. */
    static final int MAX_BUTTON_ROWS = 10;

    private final Outbox outbox;
    private final SendAttempts attempts;
    private final Texts texts;
    private final ReminderText text;
    private final int inFlight;

    /** One message at a time. */
    public TelegramReminderChannel(Outbox outbox, SendAttempts attempts, Texts texts) {
        this(outbox, attempts, texts, 1);
    }

    /** Up to {@code inFlight} messages under way at once, all under the one pacer of {@code attempts}. */
    public TelegramReminderChannel(Outbox outbox, SendAttempts attempts, Texts texts, int inFlight) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.texts = texts;
        this.text = new ReminderText(texts);
        this.inFlight = inFlight;
    }

    @Override
    public int inFlight() {
        return inFlight;
    }

    /** Through the console outbox (no token) nothing reaches anyone. */
    @Override
    public boolean delivers() {
        return outbox.delivers();
    }

    @Override
    public DeliveryResult deliver(ReminderMessage message) {
        long chatId = message.chatId();
        // The office and leaders hear of others' overdue tasks to follow up, not to report: no buttons.
        boolean followsUp = message.role() == ContactRole.LEADER || message.role() == ContactRole.OFFICE;
        List<Long> taskIds = followsUp ? List.of() : taskIds(message);
        List<IndicatorReminder> figures = followsUp ? List.of() : message.indicators();
        String html = text.html(message);
        if (taskIds.size() + figures.size() > MAX_BUTTON_ROWS) {
            html += "\n\n" + texts.get("reminder.moreButtons", MAX_BUTTON_ROWS);
        }
        List<String> parts = TelegramText.split(html);
        List<Long> withButtons = taskIds.subList(0, Math.min(MAX_BUTTON_ROWS, taskIds.size()));
        Keyboard keyboard = keyboard(withButtons).plus(figureButtons(
                figures.subList(0, Math.min(MAX_BUTTON_ROWS - withButtons.size(), figures.size()))));
        List<SendAttempts.Send> sends = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Keyboard buttons = i == parts.size() - 1 ? keyboard : Keyboard.NONE;
            sends.add(TelegramSends.of(() -> outbox.send(chatId, part, buttons)));
        }
        return attempts.sendAll(chatId, sends);
    }

    /** One row per task in the message's order; a task with two milestones due gets one row. */
    Keyboard keyboard(List<Long> taskIds) {
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (long id : taskIds) {
            rows.add(List.of(new Keyboard.Button(texts.get("button.done", id), "d:" + id),
                    new Keyboard.Button(texts.get("button.progress", id), "p:" + id),
                    new Keyboard.Button(texts.get("button.extend", id), "e:" + id)));
        }
        return Keyboard.of(rows);
    }

    /** One row per figure asked for: the button asks for the figure as a reply ({@code ci:N:P}). */
    Keyboard figureButtons(List<IndicatorReminder> figures) {
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (IndicatorReminder figure : figures) {
            rows.add(List.of(new Keyboard.Button(texts.get("button.reportIndicator", figure.indicatorId()) + " · "
                    + texts.get("period." + figure.period().key()), "ci:" + figure.indicatorId() + ":" + figure.period().key())));
        }
        return Keyboard.of(rows);
    }

    private static List<Long> taskIds(ReminderMessage message) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Reminder reminder : message.reminders()) {
            ids.add(reminder.taskId());
        }
        return List.copyOf(ids);
    }
}
