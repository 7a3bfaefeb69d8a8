package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 166 of 152/QĐ-UBND: "Thanh tra tỉnh, Thanh tra sở, Thanh tra huyện"; the last two are groups. */
class AgencyGroupCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
        assertThat(cli.importReal().status()).isZero();
    }

    @Test
    void inspectorateGroupsAreNotMadeIntoAgencies() throws Exception {
        assertThat(lead("166")).containsExactly("Thanh tra tỉnh");
        assertThat(cli.run("agencies").out()).doesNotContain("Thanh tra sở").doesNotContain("Thanh tra huyện");
    }

    @Test
    void theOfficeMapsAGroupToItsAgenciesAndTheNextImportUsesIt() throws Exception {
        CliRunner.Result saved = cli.run("agencies", "group", "Thanh tra sở", "--to", "Sở Y tế; Sở Tài chính");
        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Thanh tra sở").contains("Sở Y tế; Sở Tài chính");
        assertThat(cli.run("agencies").out()).contains("Nhóm \"Thanh tra sở\" = Sở Y tế; Sở Tài chính");

        cli.importReal();

        assertThat(lead("166")).containsExactly("Thanh tra tỉnh", "Sở Y tế", "Sở Tài chính");
    }

    @Test
    void oneAgencysNameIsNoGroup() {
        CliRunner.Result r = cli.run("agencies", "group", "Sở Y tế", "--to", "Sở Tài chính");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("không phải một nhóm");
    }

    private List<String> lead(String item) throws Exception {
        List<String> lead = new ArrayList<>();
        for (String line : cli.run("tasks", "--json").lines()) {
            JsonNode node = JSON.readTree(line);
            if (node.get("item").asText().equals(item)) {
                node.get("lead").forEach(n -> lead.add(n.asText()));
                return lead;
            }
        }
        throw new AssertionError("no item " + item);
    }
}
