package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * Under attack, the people the bot is for are still answered: 1,000 messages from 100 strangers and one linked
 * chat spamming /nhiemvu, while 20 linked contacts each send three commands and wait for each answer. With the
 * limits of application.yml, on 127.0.0.1; every loop is bounded in count, every wait in time (10 s).
 */
class BotLoadTests {

    static final int STRANGERS = 100;
    static final int MESSAGES_PER_STRANGER = 10;
    static final int CONTACTS = 20;
    static final List<String> COMMANDS = List.of("/nhiemvu", "/quahan", "/trogiup");
    static final long SPAMMER = 4000;

    @TempDir
    Path dir;

    @Test
    void everyContactIsAnsweredQuicklyWhileStrangersAndOneChatFlood() throws Exception {
        try (BotHarness harness = new BotHarness(dir, Texts.forCode("vi"), BotHarness.LIMITS)) {
            FakeBotApi telegram = harness.telegram;
            List<Agency> agencies = harness.agencies.all();
            for (int i = 0; i < CONTACTS; i++) {
                harness.linked(4100 + i, "Cán bộ " + i, ContactRole.STAFF, agencies.get(i % agencies.size()).name());
            }
            harness.linked(SPAMMER, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService people = Executors.newFixedThreadPool(CONTACTS + 1);
            try {
                Future<?> flood = people.submit(() -> {
                    flood(telegram);
                    return null;
                });
                List<Future<?>> contacts = new ArrayList<>();
                for (int i = 0; i < CONTACTS; i++) {
                    long chat = 4100 + i;
                    contacts.add(people.submit(() -> {
                        for (String command : COMMANDS) {
                            int before = telegram.sentTo(chat).size();
                            long asked = System.nanoTime();
                            telegram.userSays(chat, command);
                            FakeBotApi.Call answer = telegram.awaitMessage(chat, t -> telegram.sentTo(chat).size() > before);
                            latencies.add(TimeUnit.NANOSECONDS.toMillis(answer.receivedNanos() - asked));
                        }
                        return null;
                    }));
                }
                flood.get(60, TimeUnit.SECONDS);
                for (Future<?> contact : contacts) {
                    contact.get(60, TimeUnit.SECONDS);
                }
            } finally {
                people.shutdownNow();
            }
            telegram.awaitAllHandled();

            List<Long> sorted = latencies.stream().sorted().toList();
            long median = sorted.get(sorted.size() / 2);
            long max = sorted.get(sorted.size() - 1);
            long strangerAnswers = 0;
            for (int s = 0; s < STRANGERS; s++) {
                strangerAnswers += telegram.sentTo(5000 + s).size();
            }
            int spammerAnswers = telegram.sentTo(SPAMMER).size();
            System.out.printf("load: %d contacts' answers: median %d ms, max %d ms; strangers' messages answered %d of %d;"
                            + " spammer's /nhiemvu answered %d of 200%n", sorted.size(), median, max, strangerAnswers,
                    STRANGERS * MESSAGES_PER_STRANGER, spammerAnswers);

            assertThat(sorted).hasSize(CONTACTS * COMMANDS.size());
            assertThat(median).isLessThanOrEqualTo(3_000);
            assertThat(max).isLessThanOrEqualTo(10_000);
            assertThat(strangerAnswers).as("once a minute each, and one wrong invite code each").isLessThanOrEqualTo(2L * STRANGERS);
            assertThat(spammerAnswers).isBetween(1, 11);
        }
    }

    /** 1,000 stranger messages and 200 /nhiemvu from one chat, interleaved, in chunks over about a second. */
    private static void flood(FakeBotApi telegram) throws InterruptedException {
        int spam = 0;
        for (int m = 0; m < MESSAGES_PER_STRANGER; m++) {
            for (int s = 0; s < STRANGERS; s++) {
                telegram.userSays(5000 + s, m == 0 ? "/start doan" + s : m % 2 == 0 ? "/nhiemvu" : "xin chào " + m);
                if (s % 5 == 0 && spam < 200) {
                    telegram.userSays(SPAMMER, "/nhiemvu");
                    spam++;
                }
            }
            Thread.sleep(100);
        }
    }
}
