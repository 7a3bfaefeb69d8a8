package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.scheduler.agency.AgencyMatcher.Kind;
import vn.dondoc.scheduler.agency.AgencyMatcher.Match;

class AgencyMatcherTests {

    private static Match matchOneKnown(String known, String written) {
        return new AgencyMatcher(List.of(new Agency(7, known))).match(written);
    }

    static Stream<Arguments> sameAgencyWrittenOtherwise() {
        return Stream.of(
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "Sở LĐTB&XH"),
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "Sở Lao động- TB và XH"),
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH"),
                Arguments.of("Sở Lao động- TB và XH", "Sở LĐTB&XH"),
                Arguments.of("Sở Lao động- TB và XH", "Sở LĐ-TB&XH"),
                Arguments.of("Sở Lao động- TB và XH", "Sở LĐTBXH"),
                Arguments.of("Sở LĐTB&XH", "Sở LĐ-TB&XH"),
                Arguments.of("Sở LĐTB&XH", "Sở LĐTBXH"),
                Arguments.of("Sở LĐ-TB&XH", "Sở LĐTBXH"),
                Arguments.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
                Arguments.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và PTNT"),
                Arguments.of("Sở Nông nghiệp và PTNT", "Sở NN&PTNT"),
                Arguments.of("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
                Arguments.of("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
                Arguments.of("Sở Thông tin và Truyền thông", "Sở TT&TT"),
                Arguments.of("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
                Arguments.of("Sở Khoa học và Công nghệ", "Sở KH&CN"),
                Arguments.of("Sở Văn hoá và Thể thao", "Sở VH&TT"),
                Arguments.of("Sở Giao thông vận tải", "Sở GTVT"),
                Arguments.of("Ủy ban nhân dân huyện Nam Đàn", "UBND huyện Nam Đàn"),
                Arguments.of("Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh"),
                Arguments.of("Ban Quản lý Khu kinh tế Đông Nam", "BQL KKT Đông Nam"),
                Arguments.of("UBND thành phố Vinh", "UBND TP Vinh"),
                Arguments.of("UBND thành phố Vinh", "UBND TP. Vinh"),
                Arguments.of("UBND huyện Nam Đàn", "UBND H. Nam Đàn"),
                Arguments.of("UBND thị xã Hoàng Mai", "UBND TX Hoàng Mai"),
                Arguments.of("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
                Arguments.of("Kho bạc Nhà nước tỉnh", "KBNN tỉnh"),
                Arguments.of("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"),
                Arguments.of("Ban Chỉ đạo cải cách hành chính tỉnh", "Ban Chỉ đạo CCHC tỉnh"),
                Arguments.of("Sở Nông nghiệp và Phát triển nông thôn", "so nnptnt"),
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "so ldtbxh"),
                Arguments.of("Ủy ban nhân dân huyện Nam Đàn", "ubnd huyen nam dan"),
                Arguments.of("Sở Y tế", "SỞ Y TẾ"),
                Arguments.of("Sở Lao động - Thương binh và Xã hội", "SỞ LĐTB&XH"));
    }

    @ParameterizedTest
    @MethodSource("sameAgencyWrittenOtherwise")
    void recognisesAbbreviationsAndInitialsAsTheSameAgency(String known, String written) {
        assertThat(matchOneKnown(known, written).kind()).isIn(Kind.EXACT, Kind.EQUIVALENT);
        assertThat(matchOneKnown(known, written).ids()).containsExactly(7L);
    }

    @ParameterizedTest
    @MethodSource("sameAgencyWrittenOtherwise")
    void matchingIsSymmetric(String known, String written) {
        assertThat(matchOneKnown(written, known).ids()).containsExactly(7L);
    }

    @Test
    void callsAMatchThroughAbbreviationsEquivalentNotExact() {
        assertThat(matchOneKnown("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT").kind()).isEqualTo(Kind.EQUIVALENT);
    }

    @Test
    void matchesExactlyWhateverTheCaseDiacriticsTonePlacementAndSpaces() {
        assertThat(matchOneKnown("Sở Văn hoá và Thể thao", "Sở Văn hóa và Thể thao"))
                .isEqualTo(new Match(Kind.EXACT, List.of(7L)));
        assertThat(matchOneKnown("Sở Thông tin và Truyền Thông", "Sở  Thông tin và Truyền thông"))
                .isEqualTo(new Match(Kind.EXACT, List.of(7L)));
        assertThat(matchOneKnown("Sở Lao động - TB và XH", "Sở Lao động- TB và XH"))
                .isEqualTo(new Match(Kind.EXACT, List.of(7L)));
    }

    static Stream<Arguments> differentAgencies() {
        return Stream.of(
                Arguments.of("Sở Văn hoá và Thể thao", "Sở Văn hóa, Thể thao và Du lịch"),
                Arguments.of("Sở VH&TT", "Sở Văn hóa, Thể thao và Du lịch"),
                Arguments.of("Thanh tra tỉnh", "Thanh tra sở"),
                Arguments.of("UBND huyện Nam Đàn", "UBND huyện Nghĩa Đàn"),
                Arguments.of("Ủy ban nhân dân huyện Nam Đàn", "UBND huyện Nghĩa Đàn"),
                Arguments.of("Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ"),
                Arguments.of("Sở KH&ĐT", "Sở Khoa học và Công nghệ"),
                Arguments.of("Sở KH&ĐT", "Sở KH&CN"),
                Arguments.of("Sở Tài chính", "Sở Tư pháp"),
                Arguments.of("Sở GTVT", "Sở GD&ĐT"),
                Arguments.of("BCH Bộ đội Biên phòng tỉnh", "Bộ CHQS tỉnh"),
                Arguments.of("UBND tỉnh", "Văn phòng UBND tỉnh"),
                Arguments.of("Sở Tài nguyên và Môi trường", "Sở Tài chính"));
    }

    @ParameterizedTest
    @MethodSource("differentAgencies")
    void doesNotConfuseDifferentAgencies(String known, String written) {
        assertThat(matchOneKnown(known, written)).isEqualTo(new Match(Kind.NONE, List.of()));
        assertThat(matchOneKnown(written, known)).isEqualTo(new Match(Kind.NONE, List.of()));
    }

    @Test
    void readsACityWithoutUbndAsAnotherBody() {
        // "TP Vinh" may mean the city's People's Committee, but a name never gains a missing head.
        assertThat(matchOneKnown("UBND thành phố Vinh", "TP Vinh").kind()).isEqualTo(Kind.NONE);
        assertThat(matchOneKnown("UBND thành phố Vinh", "Thành phố Vinh").kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void readsALoneLetterAsAnInitialOnlyWithADot() {
        // Known limit: "H" without a dot is a word, like the "Y" of "Sở Y tế".
        assertThat(matchOneKnown("UBND huyện Nam Đàn", "UBND H Nam Đàn").kind()).isEqualTo(Kind.NONE);
        assertThat(matchOneKnown("UBND huyện Nam Đàn", "UBND H. Nam Đàn").kind()).isEqualTo(Kind.EQUIVALENT);
    }

    @Test
    void reportsEveryAgencyThatInitialsCouldMean() {
        AgencyMatcher matcher = new AgencyMatcher(List.of(
                new Agency(1, "UBND huyện Nam Đàn"),
                new Agency(2, "UBND huyện Nghĩa Đàn"),
                new Agency(3, "UBND huyện Tân Kỳ")));
        assertThat(matcher.match("UBND huyện NĐ")).isEqualTo(new Match(Kind.AMBIGUOUS, List.of(1L, 2L)));
        assertThat(matcher.match("Ủy ban nhân dân huyện Nam Đàn")).isEqualTo(new Match(Kind.EQUIVALENT, List.of(1L)));
    }

    @Test
    void reportsTwoAgenciesWithTheSameKeyAsAmbiguous() {
        AgencyMatcher matcher = new AgencyMatcher(List.of(
                new Agency(1, "Thanh tra tỉnh"),
                new Agency(2, "Thanh tra Tỉnh ủy", List.of("Thanh tra tỉnh"))));
        assertThat(matcher.match("thanh tra tinh")).isEqualTo(new Match(Kind.AMBIGUOUS, List.of(1L, 2L)));
    }

    @Test
    void findsAnAgencyByItsAliases() {
        AgencyMatcher matcher = new AgencyMatcher(List.of(
                new Agency(4, "Sở Lao động - Thương binh và Xã hội", List.of("Sở Lao động- TB và XH")),
                new Agency(5, "Cục Thuế tỉnh", List.of("Cục thuế"))));
        assertThat(matcher.match("Cục Thuế")).isEqualTo(new Match(Kind.EXACT, List.of(5L)));
        assertThat(matcher.match("Sở LĐTBXH")).isEqualTo(new Match(Kind.EQUIVALENT, List.of(4L)));
    }

    @Test
    void findsAgenciesAddedWhileImporting() {
        AgencyMatcher matcher = new AgencyMatcher();
        assertThat(matcher.match("Sở NN&PTNT").kind()).isEqualTo(Kind.NONE);
        matcher.add(new Agency(9, "Sở Nông nghiệp và PTNT"));
        assertThat(matcher.match("Sở NN&PTNT")).isEqualTo(new Match(Kind.EQUIVALENT, List.of(9L)));
        matcher.add(new Agency(9, "Sở Nông nghiệp", List.of()));
        assertThat(matcher.match("Sở Nông nghiệp")).isEqualTo(new Match(Kind.EXACT, List.of(9L)));
    }

    @Test
    void matchesNothingForABlankName() {
        AgencyMatcher matcher = new AgencyMatcher(List.of(new Agency(1, "Sở Y tế")));
        assertThat(matcher.match(" - ")).isEqualTo(new Match(Kind.NONE, List.of()));
        assertThat(matcher.match(null)).isEqualTo(new Match(Kind.NONE, List.of()));
    }
}
