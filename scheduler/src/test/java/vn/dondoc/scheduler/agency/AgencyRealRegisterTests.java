package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.agency.AgencyMatcher.Kind;
import vn.dondoc.scheduler.agency.AgencyMatcher.Match;

/** The lead agencies of the real register 152/QĐ-UBND (2024), appendix 01. */
class AgencyRealRegisterTests {

    // The test working directory is the scheduler module.
    private static final Path REGISTER = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");

    private static List<String> leadCells;
    private static Map<String, List<String>> namesByCell;
    private static List<String> names;

    @BeforeAll
    static void readTheLeadColumn() throws IOException {
        leadCells = new ArrayList<>();
        for (String line : Files.readAllLines(REGISTER, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", -1);
            // Task rows are numbered; section rows (I, II, ...) and repeated page headers are not.
            if (columns.length >= 3 && columns[0].strip().matches("\\d+")) {
                leadCells.add(columns[2]);
            }
        }
        namesByCell = new LinkedHashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (String cell : new LinkedHashSet<>(leadCells)) {
            List<String> split = AgencyNames.split(cell, name -> false);
            namesByCell.put(cell, split);
            allNames.addAll(split);
        }
        names = List.copyOf(allNames);
    }

    @Test
    void readsAllTaskRowsAndTheirDistinctLeadCells() {
        assertThat(leadCells).hasSize(178);
        assertThat(namesByCell).hasSize(34);
    }

    @Test
    void splitsTheDistinctLeadCellsIntoThirtySevenAgencies() {
        assertThat(namesByCell.values().stream().mapToInt(List::size).sum()).isEqualTo(37);
        // "Thanh tra tỉnh" and "Sở Nội vụ" are also lead cells of their own.
        assertThat(names).hasSize(35);
        assertThat(namesByCell.get("Thanh tra tỉnh, Thanh tra sở, Thanh tra huyện"))
                .containsExactly("Thanh tra tỉnh", "Thanh tra sở", "Thanh tra huyện");
        assertThat(namesByCell.get("Ban Chỉ đạo CCHC tỉnh, Sở Nội vụ"))
                .containsExactly("Ban Chỉ đạo CCHC tỉnh", "Sở Nội vụ");
        assertThat(namesByCell.get("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"))
                .containsExactly("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
        namesByCell.forEach((cell, split) -> {
            if (!cell.contains(",")) {
                assertThat(split).as(cell).containsExactly(cell);
            }
        });
    }

    @Test
    void noLeadAgencyIsTakenForAGenericPhraseButTheInspectorateGroupsOfItem166AreGroups() {
        // "Thanh tra sở", "Thanh tra huyện": the inspectorates of the departments and districts (issue 10 item 12).
        assertThat(names).filteredOn(AgencyNames::isGeneric).containsExactly("Thanh tra sở", "Thanh tra huyện");
    }

    @Test
    void eachRealNameMatchesOnlyItself() {
        AgencyMatcher matcher = matcherOfRealNames();
        for (int i = 0; i < names.size(); i++) {
            assertThat(matcher.match(names.get(i))).as(names.get(i)).isEqualTo(new Match(Kind.EXACT, List.of((long) i)));
        }
    }

    @Test
    void noTwoRealNamesAreEquivalent() {
        for (String name : names) {
            List<Agency> others = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).equals(name)) {
                    others.add(new Agency(i, names.get(i)));
                }
            }
            assertThat(new AgencyMatcher(others).match(name)).as(name).isEqualTo(new Match(Kind.NONE, List.of()));
        }
    }

    @Test
    void findsTheRealAgenciesWrittenOtherwise() {
        AgencyMatcher matcher = matcherOfRealNames();
        Map<String, String> writtenOtherwise = new LinkedHashMap<>();
        writtenOtherwise.put("Sở LĐTB&XH", "Sở Lao động- TB và XH");
        writtenOtherwise.put("Sở Lao động - Thương binh và Xã hội", "Sở Lao động- TB và XH");
        writtenOtherwise.put("Sở NN&PTNT", "Sở Nông nghiệp và PTNT");
        writtenOtherwise.put("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư");
        writtenOtherwise.put("Sở KH&CN", "Sở Khoa học và Công nghệ");
        writtenOtherwise.put("Sở GD&ĐT", "Sở Giáo dục và Đào tạo");
        writtenOtherwise.put("Sở TT&TT", "Sở Thông tin và Truyền Thông");
        writtenOtherwise.put("Sở TN&MT", "Sở Tài nguyên và Môi trường");
        writtenOtherwise.put("Sở VH&TT", "Sở Văn hoá và Thể thao");
        writtenOtherwise.put("Sở Văn hóa và Thể thao", "Sở Văn hoá và Thể thao");
        writtenOtherwise.put("Sở GTVT", "Sở Giao thông vận tải");
        writtenOtherwise.put("Ủy ban nhân dân huyện Nam Đàn", "UBND huyện Nam Đàn");
        writtenOtherwise.put("UBND TP Vinh", "UBND thành phố Vinh");
        writtenOtherwise.put("Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh");
        writtenOtherwise.put("Ban Quản lý Khu kinh tế Đông Nam", "BQL KKT Đông Nam");
        writtenOtherwise.put("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh");
        writtenOtherwise.put("Cục Thuế", "Cục thuế");
        writtenOtherwise.forEach((written, real) ->
                assertThat(matcher.match(written).ids()).as(written).containsExactly((long) names.indexOf(real)));
        assertThat(matcher.match("Sở Văn hóa, Thể thao và Du lịch").kind()).isEqualTo(Kind.NONE);
        assertThat(matcher.match("UBND huyện Nghĩa Đàn").kind()).isEqualTo(Kind.NONE);
    }

    private static AgencyMatcher matcherOfRealNames() {
        AgencyMatcher matcher = new AgencyMatcher();
        for (int i = 0; i < names.size(); i++) {
            matcher.add(new Agency(i, names.get(i)));
        }
        return matcher;
    }
}
