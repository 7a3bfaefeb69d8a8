package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyNamesSplitTests {

    private static final Predicate<String> NOTHING_KNOWN = name -> false;

    private static Predicate<String> known(String... names) {
        Set<String> keys = new java.util.HashSet<>();
        for (String name : names) {
            keys.add(AgencyNames.key(name));
        }
        return name -> keys.contains(AgencyNames.key(name));
    }

    @Test
    void keepsACommaInsideTheNameOfTheInvestmentPromotionCentre() {
        assertThat(AgencyNames.split("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", NOTHING_KNOWN))
                .containsExactly("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
    }

    @Test
    void splitsThreeInspectoratesIntoThreeAgencies() {
        assertThat(AgencyNames.split("Thanh tra tỉnh, Thanh tra sở, Thanh tra huyện", NOTHING_KNOWN))
                .containsExactly("Thanh tra tỉnh", "Thanh tra sở", "Thanh tra huyện");
    }

    @Test
    void splitsTheSteeringCommitteeFromTheDepartmentOfHomeAffairs() {
        assertThat(AgencyNames.split("Ban Chỉ đạo CCHC tỉnh, Sở Nội vụ", NOTHING_KNOWN))
                .containsExactly("Ban Chỉ đạo CCHC tỉnh", "Sở Nội vụ");
    }

    @Test
    void keepsTheListOfDistrictsAsOnePhrase() {
        assertThat(AgencyNames.split("UBND các huyện, thành phố, thị xã", NOTHING_KNOWN))
                .containsExactly("UBND các huyện, thành phố, thị xã");
    }

    @Test
    void keepsAListOfKindsOfBodiesTogetherEvenWhenAKindIsAHeadWord() {
        assertThat(AgencyNames.split("Các sở, ban, ngành liên quan", NOTHING_KNOWN))
                .containsExactly("Các sở, ban, ngành liên quan");
        assertThat(AgencyNames.split("Các sở, ban ngành liên quan", NOTHING_KNOWN))
                .containsExactly("Các sở, ban ngành liên quan");
        assertThat(AgencyNames.split("Các sở, ngành, UBND các huyện", NOTHING_KNOWN))
                .containsExactly("Các sở, ngành", "UBND các huyện");
    }

    @Test
    void splitsAtSemicolonsPlusSignsAndLineBreaks() {
        assertThat(AgencyNames.split("Sở Y tế; Sở Tài chính + Công an tỉnh\nCục thuế", NOTHING_KNOWN))
                .containsExactly("Sở Y tế", "Sở Tài chính", "Công an tỉnh", "Cục thuế");
    }

    @Test
    void stripsBulletsNumberingAndTrailingPunctuation() {
        assertThat(AgencyNames.split("- Sở Y tế;\n+ Sở Tài chính.\n1. Sở Xây dựng\n2) Ban Dân tộc;", NOTHING_KNOWN))
                .containsExactly("Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Ban Dân tộc");
    }

    @Test
    void dropsARoleNoteAfterAName() {
        assertThat(AgencyNames.split("Sở Tài chính (chủ trì), Sở Y tế (phối hợp).", NOTHING_KNOWN))
                .containsExactly("Sở Tài chính", "Sở Y tế");
    }

    @Test
    void cleansSpacesAndComposesUnicode() {
        String decomposed = java.text.Normalizer.normalize("Sở  Nội\u00A0vụ ", java.text.Normalizer.Form.NFD);
        assertThat(AgencyNames.split(decomposed, NOTHING_KNOWN)).containsExactly("Sở Nội vụ");
    }

    @Test
    void joinsANameWrappedOverTwoLines() {
        assertThat(AgencyNames.split("Sở Kế hoạch và\nĐầu tư", NOTHING_KNOWN))
                .containsExactly("Sở Kế hoạch và Đầu tư");
        assertThat(AgencyNames.split("Sở Lao động-\nThương binh và Xã hội -", NOTHING_KNOWN))
                .containsExactly("Sở Lao động- Thương binh và Xã hội");
    }

    @Test
    void splitsTwoAgenciesJoinedByVa() {
        assertThat(AgencyNames.split("Sở Y tế và Sở Tài chính", NOTHING_KNOWN))
                .containsExactly("Sở Y tế", "Sở Tài chính");
        assertThat(AgencyNames.split("Sở Nông nghiệp và Ban Dân tộc", NOTHING_KNOWN))
                .containsExactly("Sở Nông nghiệp", "Ban Dân tộc");
        assertThat(AgencyNames.split("Công an tỉnh và Bộ đội Biên phòng tỉnh", NOTHING_KNOWN))
                .containsExactly("Công an tỉnh", "Bộ đội Biên phòng tỉnh");
        assertThat(AgencyNames.split("Sở Tài chính và Bộ CHQS tỉnh", NOTHING_KNOWN))
                .containsExactly("Sở Tài chính", "Bộ CHQS tỉnh");
        assertThat(AgencyNames.split("Sở Văn hoá và Thể thao và Sở Du lịch", NOTHING_KNOWN))
                .containsExactly("Sở Văn hoá và Thể thao", "Sở Du lịch");
    }

    @Test
    void splitsOffGenericCooperatorsAfterVa() {
        assertThat(AgencyNames.split("Sở Y tế và các đơn vị liên quan", NOTHING_KNOWN))
                .containsExactly("Sở Y tế", "các đơn vị liên quan");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sở Văn hoá và Thể thao", "Sở Kế hoạch và Đầu tư", "Sở Lao động- TB và XH", "Sở Nông nghiệp và PTNT",
            "Sở KH&ĐT", "Liên minh Hợp tác xã và Doanh nghiệp", "Đài Phát thanh và Truyền hình",
            "Phòng Thông tin và Báo chí", "Trung tâm Tư vấn pháp luật và sở hữu trí tuệ",
            "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "BCH Bộ đội Biên phòng tỉnh"})
    void keepsVaAndOrdinaryWordsInsideOneName(String name) {
        assertThat(AgencyNames.split(name, NOTHING_KNOWN)).containsExactly(name);
    }

    @Test
    void doesNotSplitAtVaWhenThePartBeforeIsOnlyAHeadWord() {
        assertThat(AgencyNames.split("HĐND và UBND tỉnh", NOTHING_KNOWN)).containsExactly("HĐND và UBND tỉnh");
    }

    @Test
    void keepsAAgencyWholeEvenWhenItsPartsLookLikeAgencies() {
        String office = "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh";
        assertThat(AgencyNames.split(office, NOTHING_KNOWN))
                .containsExactly("Văn phòng Đoàn ĐBQH", "HĐND và UBND tỉnh");
        assertThat(AgencyNames.split(office, known(office))).containsExactly(office);
        assertThat(AgencyNames.split("Sở Nội vụ, " + office, known(office))).containsExactly("Sở Nội vụ", office);
    }

    @Test
    void startsANewAgencyAtAKnownFragmentWithoutAHeadWord() {
        String cell = "Công an tỉnh, Cảnh sát PCCC tỉnh";
        assertThat(AgencyNames.split(cell, NOTHING_KNOWN)).containsExactly(cell);
        assertThat(AgencyNames.split(cell, known("Cảnh sát PCCC tỉnh")))
                .containsExactly("Công an tỉnh", "Cảnh sát PCCC tỉnh");
        assertThat(AgencyNames.split("Công an tỉnh, Cảnh sát PCCC tỉnh (phối hợp).", known("Cảnh sát PCCC tỉnh")))
                .containsExactly("Công an tỉnh", "Cảnh sát PCCC tỉnh");
    }

    @Test
    void dropsANameRepeatedInTheSameCell() {
        assertThat(AgencyNames.split("Sở Y tế, Sở Y Tế; Sở Tài chính", NOTHING_KNOWN))
                .containsExactly("Sở Y tế", "Sở Tài chính");
    }

    @Test
    void givesNoNamesForAnEmptyCell() {
        assertThat(AgencyNames.split(null, NOTHING_KNOWN)).isEmpty();
        assertThat(AgencyNames.split(" , ;\n", null)).isEmpty();
    }

    @Test
    void recognisesHeadWordsTypedWithoutDiacriticsButNotOtherWordsThatFoldAlike() {
        assertThat(AgencyNames.split("so y te, so tai chinh", NOTHING_KNOWN)).containsExactly("so y te", "so tai chinh");
        // "Số" (number) folds like "Sở" but is written with other marks.
        assertThat(AgencyNames.split("Ban Quản lý dự án, Số 1", NOTHING_KNOWN))
                .containsExactly("Ban Quản lý dự án, Số 1");
    }
}
