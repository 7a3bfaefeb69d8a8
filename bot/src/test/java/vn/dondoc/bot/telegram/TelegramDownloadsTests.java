package vn.dondoc.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files sent to the bot are fetched through getFile and the Bot API's file URL, byte for byte, never past the limit. */
class TelegramDownloadsTests {

    @TempDir
    Path dir;

    @Test
    void aFileComesByteForByteFromTheConfiguredBotApi() throws Exception {
        byte[] bytes = new byte[256 * 1024 + 7];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            String fileId = telegram.putFile(bytes);

            bot.downloads().download(fileId, dir.resolve("so.xlsx"), FileDownloads.TELEGRAM_LIMIT);

            assertThat(Files.readAllBytes(dir.resolve("so.xlsx"))).isEqualTo(bytes);
            assertThat(telegram.downloads(fileId)).isEqualTo(1);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeWithoutDownloadingIt() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            String fileId = telegram.putFile(new byte[1000]);

            assertThatThrownBy(() -> bot.downloads().download(fileId, dir.resolve("a.tsv"), 999))
                    .isInstanceOf(FileDownloads.TooBig.class);
            assertThat(telegram.downloads(fileId)).isZero();
            assertThat(dir.resolve("a.tsv")).doesNotExist();
        }
    }

    @Test
    void aFileWhoseSizeTelegramDidNotSayIsCutOffAtTheLimitAndNothingIsLeft() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            String fileId = telegram.putFile(new byte[200_000]);
            telegram.sizeUnknown(fileId);

            assertThatThrownBy(() -> bot.downloads().download(fileId, dir.resolve("a.tsv"), 100_000))
                    .isInstanceOf(FileDownloads.TooBig.class);
            assertThat(dir.resolve("a.tsv")).doesNotExist();
        }
    }

    @Test
    void anUnknownFileIsATelegramFailureWithoutTheToken() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); TelegramBot bot = new TelegramBot(telegram.settings())) {
            assertThatThrownBy(() -> bot.downloads().download("NO-SUCH-FILE", dir.resolve("a.tsv"), 1000))
                    .isInstanceOfSatisfying(TelegramFailure.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(400);
                        assertThat(e.getMessage()).doesNotContain(FakeBotApi.TOKEN.substring(8));
                    });
        }
    }
}
