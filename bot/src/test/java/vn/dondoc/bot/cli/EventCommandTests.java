package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `event` and `events` on the real 152 appendix whose Council resolutions wait for the year-end session. */
class EventCommandTests {

    @TempDir
    Path dir;
    CliRunner cli;
    Path notice;

    @BeforeEach
    void importTheAppendixWithEvents() throws Exception {
        cli = new CliRunner(dir.resolve("dondoc.db"));
        List<String> lines = new ArrayList<>(Files.readAllLines(CliRunner.REAL, StandardCharsets.UTF_8));
        // Items 23 and 115 (Council resolutions due in December) as a conclusion notice writes them, and item 7.
        replaceDeadline(lines, 29, "Trước kỳ họp HĐND tỉnh cuối năm");
        replaceDeadline(lines, 132, "trình kỳ họp HĐND tỉnh cuối năm");
        replaceDeadline(lines, 12, "Trước kỳ họp thứ 20 HĐND tỉnh");
        notice = dir.resolve("152-events.tsv");
        Files.write(notice, lines, StandardCharsets.UTF_8);
        CliRunner.Result imported = cli.run("import", notice.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    @Test
    void eventsListsTheEventsWithHowManyTasksWaitOnEach() {
        CliRunner.Result r = cli.run("events");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sự kiện").contains("Còn chờ ngày");
        assertThat(r.out().lines().filter(l -> l.startsWith("kỳ họp HĐND tỉnh cuối năm"))).singleElement()
                .satisfies(l -> assertThat(l).contains("chưa có").containsPattern("\\b2\\s+2\\b"));
        assertThat(r.out()).contains("kỳ họp thứ 20 HĐND tỉnh");
    }

    @Test
    void eventGivesEveryWaitingTaskTheSessionsDate() throws Exception {
        CliRunner.Result r = cli.run("event", "ky hop HDND tinh cuoi nam", "05/12/2024");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Đã ghi ngày 05/12/2024 cho sự kiện “kỳ họp HĐND tỉnh cuối năm”: 2 nhiệm vụ nhận hạn này.");
        List<JsonNode> tasks = json(cli.run("tasks", "--json", "--now", "2024-01-20"));
        assertThat(tasks.stream().filter(t -> "2024-12-05".equals(t.path("due").asText()))).hasSize(2);
        List<JsonNode> events = json(cli.run("events", "--json"));
        assertThat(events).extracting(e -> e.get("event").asText() + " " + e.get("date").asText() + " " + e.get("waiting").asInt())
                .containsExactly("kỳ họp thứ 20 HĐND tỉnh null 1", "kỳ họp HĐND tỉnh cuối năm 2024-12-05 0");
    }

    @Test
    void anEventNoTaskWaitsOnIsRefusedInOneVietnameseSentence() {
        CliRunner.Result r = cli.run("event", "Hội nghị tổng kết", "05/12/2024");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Không có nhiệm vụ nào chờ sự kiện “Hội nghị tổng kết”");
    }

    @Test
    void deadlineShowsTheEventAndTheLabels() throws Exception {
        List<JsonNode> lines = json(cli.run("deadline", "--issued", "2024-01-18",
                "trước kỳ họp HĐND tỉnh cuối năm", "30/6/2024 (sơ kết), 31/12/2024 (tổng kết)"));

        assertThat(lines.get(0).toString())
                .isEqualTo("{\"phrase\":\"trước kỳ họp HĐND tỉnh cuối năm\",\"kind\":\"EVENT\",\"dates\":[],\"event\":\"kỳ họp HĐND tỉnh cuối năm\"}");
        assertThat(lines.get(1).get("labels").toString()).isEqualTo("{\"2024-06-30\":\"sơ kết\",\"2024-12-31\":\"tổng kết\"}");
    }

    private static List<JsonNode> json(CliRunner.Result r) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            nodes.add(CliTests.JSON.readTree(line));
        }
        return nodes;
    }

    private static void replaceDeadline(List<String> lines, int line, String phrase) {
        String[] cells = lines.get(line - 1).split("\t", -1);
        cells[3] = phrase;
        lines.set(line - 1, String.join("\t", cells));
    }
}
