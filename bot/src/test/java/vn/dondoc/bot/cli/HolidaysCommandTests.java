package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.OfficeZone;

class HolidaysCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
    }

    @Test
    void holidays2024AreTheGovernmentsScheduleWithItsDocument() throws Exception {
        List<JsonNode> days = json(cli.run("holidays", "--year", "2024", "--json"));
        List<String> dates = days.stream().map(n -> n.get("date").asText()).toList();

        assertThat(dates).contains("2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13",
                "2024-02-14", "2024-09-02", "2024-09-03", "2024-04-29");
        assertThat(dates).as("15/02/2024 is a working day").doesNotContain("2024-02-15", "2024-05-04");
        assertThat(days).filteredOn(n -> n.get("date").asText().equals("2024-02-08")).singleElement()
                .satisfies(n -> {
                    assertThat(n.get("kind").asText()).isEqualTo("ANNOUNCED");
                    assertThat(n.get("document").asText()).isEqualTo("5015/TB-LĐTBXH");
                });
        assertThat(days.get(0).toString()).isEqualTo("{\"date\":\"2024-01-01\",\"name\":\"Tết Dương lịch\",\"kind\":\"PUBLIC\"}");
    }

    @Test
    void holidays2026ListTheFourteenthToTheTwentySecondOfFebruary() throws Exception {
        List<String> february = json(cli.run("holidays", "--year", "2026", "--json")).stream()
                .map(n -> n.get("date").asText()).filter(d -> d.startsWith("2026-02")).toList();

        assertThat(february).containsExactlyElementsOf(LocalDate.parse("2026-02-14").datesUntil(LocalDate.parse("2026-02-23"))
                .map(LocalDate::toString).toList());
    }

    @Test
    void theTableSaysWhereEachDayComesFromAndShowsTheMakeUpSaturdays() {
        cli.run("holidays", "add", "--date", "2024-10-01", "--name", "Ngày truyền thống của tỉnh");
        CliRunner.Result r = cli.run("holidays", "--year", "2024");

        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("08/02/2024 +Thứ Năm +Chính phủ công bố: 5015/TB-LĐTBXH +Nghỉ Tết Nguyên đán")
                .containsPattern("18/04/2024 +Thứ Năm +Bộ luật Lao động, Điều 112 +Giỗ Tổ Hùng Vương")
                .containsPattern("01/10/2024 +Thứ Ba +Văn phòng khai \\(holidays add\\) +Ngày truyền thống của tỉnh")
                .containsPattern("04/05/2024 +Thứ Bảy +Chính phủ công bố: 2450/VPCP-KGVX +Làm bù cho thứ Hai 29/04")
                .doesNotContain("ngoài thứ Bảy, Chủ nhật")
                .contains("gồm 6 ngày thứ Bảy, Chủ nhật thuộc các đợt nghỉ), 1 ngày làm việc bù.");
    }

    @Test
    void fromDecemberTheOfficeIsToldWhenNextYearsScheduleIsNotLoaded() {
        CliRunner december = cli.clock(Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), OfficeZone.ID));
        assertThat(december.run("holidays", "--year", "2026").out()).contains("Chưa có lịch nghỉ năm 2027 do Chính phủ công bố");

        december.run("holidays", "add", "--date", "2027-02-05", "--name", "Nghỉ Tết Nguyên đán");
        assertThat(december.run("holidays", "--year", "2026").out()).doesNotContain("Chưa có lịch nghỉ năm 2027");

        CliRunner november = new CliRunner(dir.resolve("other.db")).clock(Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), OfficeZone.ID));
        assertThat(november.run("holidays", "--year", "2026").out()).doesNotContain("Chưa có lịch nghỉ");
    }

    private static List<JsonNode> json(CliRunner.Result r) throws Exception {
        assertThat(r.err()).as("stderr").isEmpty();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
