package vn.dondoc.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.bot.sending.FakeTicker;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.TelegramText;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.reminder.Reminder;
import vn.dondoc.scheduler.reminder.ReminderKind;
import vn.dondoc.scheduler.reminder.ReminderMessage;

class TelegramReminderChannelTests {

    record Sent(long chatId, String html, Keyboard keyboard) {
    }

    final List<Sent> sent = new ArrayList<>();
    final Outbox outbox = new Outbox() {
        @Override
        public List<Long> send(long chatId, String html, Keyboard keyboard) {
            sent.add(new Sent(chatId, html, keyboard));
            return List.of((long) sent.size());
        }

        @Override
        public void edit(long chatId, long messageId, String html, Keyboard keyboard) {
        }

        @Override
        public void answerButton(String callbackId, String text) {
        }

        @Override
        public long sendPhoto(long chatId, String fileName, byte[] png, String caption) {
            return 0;
        }

        @Override
        public long sendDocument(long chatId, String fileName, byte[] content, String caption) {
            return 0;
        }
    };
    final FakeTicker ticker = new FakeTicker();
    final TelegramReminderChannel channel = new TelegramReminderChannel(outbox,
            new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker), Texts.forCode("vi"));

    @Test
    void putsARowOfDoneProgressExtensionUnderTheMessageForEachTask() {
        DeliveryResult result = channel.deliver(message(reminder(47), reminder(12), reminder(47)));

        assertThat(result).isEqualTo(new DeliveryResult.Sent(List.of(1L)));
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.chatId()).isEqualTo(4242);
            assertThat(s.keyboard().rows()).as("one row per task, a task due twice has one").containsExactly(
                    List.of(new Keyboard.Button("✅ Xong #47", "d:47"), new Keyboard.Button("📈 Tiến độ #47", "p:47"),
                            new Keyboard.Button("📅 Gia hạn #47", "e:47")),
                    List.of(new Keyboard.Button("✅ Xong #12", "d:12"), new Keyboard.Button("📈 Tiến độ #12", "p:12"),
                            new Keyboard.Button("📅 Gia hạn #12", "e:12")));
            assertThat(s.html()).doesNotContain("/xem N");
        });
    }

    @Test
    void aLongMessageGoesInPartsWithTenRowsOfButtonsUnderTheLastAndSaysHowToReachTheRest() {
        List<Reminder> many = new ArrayList<>();
        for (long task = 1; task <= 40; task++) {
            many.add(reminder(task));
        }

        DeliveryResult result = channel.deliver(message(many.toArray(Reminder[]::new)));

        assertThat(sent).hasSizeGreaterThan(1);
        assertThat(result).isEqualTo(new DeliveryResult.Sent(sent.stream().map(s -> (long) sent.indexOf(s) + 1).toList()));
        assertThat(sent.subList(0, sent.size() - 1)).allSatisfy(s -> assertThat(s.keyboard().isEmpty()).isTrue());
        assertThat(sent).allSatisfy(s -> assertThat(s.html().length()).isLessThanOrEqualTo(TelegramText.LIMIT));
        Sent last = sent.get(sent.size() - 1);
        assertThat(last.keyboard().rows()).hasSize(TelegramReminderChannel.MAX_BUTTON_ROWS);
        assertThat(last.keyboard().rows().get(9).get(0).data()).isEqualTo("d:10");
        assertThat(last.html()).endsWith("Nút bấm bên dưới dành cho 10 nhiệm vụ đầu; với nhiệm vụ khác, gõ /xem N để xem và báo cáo.");
        assertThat(ticker.sleeps).as("the parts of one message are a second apart, as any two to one chat")
                .contains(java.time.Duration.ofSeconds(1));
    }

    private static ReminderMessage message(Reminder... reminders) {
        return new ReminderMessage(1, 4242, "Nguyễn Văn An", ContactRole.STAFF, "Sở Xây dựng", List.of(reminders));
    }

    private static Reminder reminder(long task) {
        LocalDate due = LocalDate.of(2024, 3, 29);
        return new Reminder(task * 10, task, task * 100, "152/QĐ-UBND", Long.toString(task), "Nhiệm vụ rất dài ".repeat(8),
                List.of("Sở Xây dựng"), "Tháng 3", due, due, ReminderKind.DUE, 0, LocalDate.of(2024, 3, 26), false,
                new DueStanding(DueStanding.Kind.AHEAD, 3));
    }
}
