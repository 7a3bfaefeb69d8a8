package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.MilestoneLine;

/** A person's report while another process (a large import) writes the register: never dropped without a word. */
class BotWhileImportingTests {

    static final long AN = 7_001;

    @TempDir
    Path dir;
    BotHarness harness;

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aReportWaitsForAWriterLongerThanFiveSecondsAndIsRecorded() throws Exception {
        harness = new BotHarness(dir);
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");

        try (RegisterWriter importing = RegisterWriter.holding(dir.resolve("register.db"), Duration.ofSeconds(7))) {
            harness.telegram.userSays(AN, "/xong " + task.taskId());

            harness.telegram.awaitMessageContaining(AN, "Đã ghi nhận nhiệm vụ #" + task.taskId() + " hoàn thành");
        }
        assertThat(harness.history.of(task.taskId())).anySatisfy(h -> assertThat(h.action()).isEqualTo("DONE"));
    }

    @Test
    void aReportThatCannotWaitLongEnoughIsAnsweredToSendAgainAndNothingIsHalfWritten() throws Exception {
        harness = new BotHarness(dir, Duration.ofSeconds(1));
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        int before = harness.history.of(task.taskId()).size();

        try (RegisterWriter importing = RegisterWriter.holding(dir.resolve("register.db"), Duration.ofSeconds(4))) {
            harness.telegram.userSays(AN, "/xong " + task.taskId());

            harness.telegram.awaitMessageContaining(AN, "Sổ nhiệm vụ đang bận");
        }
        assertThat(harness.history.of(task.taskId())).hasSize(before);
        harness.telegram.userSays(AN, "/xong " + task.taskId());
        harness.telegram.awaitMessageContaining(AN, "Đã ghi nhận nhiệm vụ #" + task.taskId() + " hoàn thành");
    }
}
