package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeBenchmarkCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsPrecisionRecallAndRightDueDatesNextToTheTargets() {
        CliRunner cli = new CliRunner(dir.resolve("register.db"));
        for (String set : new String[] {"notices", "notices-heldout"}) {
            CliRunner.Result result = cli.run("notice-benchmark", "../scheduler/src/test/resources/" + set);
            System.out.println("notice-benchmark " + set + "\n" + result.out());
            assertThat(result.status()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).contains("precision 1.00 (target >= 0.90)", "recall 1.00 (target >= 0.80)",
                    "(target: every one)");
        }
    }
}
