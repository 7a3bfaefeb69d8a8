package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyNamesKeyAndGenericTests {

    @Test
    void keyIgnoresCaseDiacriticsTonePlacementSpacesAndPunctuation() {
        assertThat(AgencyNames.key("Sở Văn hóa và Thể thao")).isEqualTo(AgencyNames.key("Sở Văn hoá và Thể thao"))
                .isEqualTo("so van hoa va the thao");
        assertThat(AgencyNames.key("Sở Thông tin và Truyền Thông"))
                .isEqualTo(AgencyNames.key("SỞ THÔNG TIN  VÀ TRUYỀN THÔNG"));
        assertThat(AgencyNames.key("Sở Lao động- TB và XH")).isEqualTo(AgencyNames.key("Sở Lao động - TB và XH"))
                .isEqualTo("so lao dong tb va xh");
        assertThat(AgencyNames.key("Ủy ban nhân dân tỉnh.")).isEqualTo(AgencyNames.key("Uỷ ban nhân dân tỉnh"));
        assertThat(AgencyNames.key("UBND TP. Vinh")).isEqualTo("ubnd tp vinh");
    }

    @Test
    void keyReadsAmpersandAsVa() {
        assertThat(AgencyNames.key("Sở NN&PTNT")).isEqualTo(AgencyNames.key("Sở NN và PTNT")).isEqualTo("so nn va ptnt");
    }

    @Test
    void keyKeepsDistinctNamesDistinct() {
        assertThat(AgencyNames.key("Sở Văn hoá và Thể thao"))
                .isNotEqualTo(AgencyNames.key("Sở Văn hóa, Thể thao và Du lịch"));
        assertThat(AgencyNames.key("UBND huyện Nam Đàn")).isNotEqualTo(AgencyNames.key("UBND huyện Nghĩa Đàn"));
    }

    @Test
    void keyOfNullIsNull() {
        assertThat(AgencyNames.key(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Các sở, ngành liên quan", "các đơn vị liên quan", "các địa phương", "UBND các huyện, thành phố, thị xã",
            "Các cơ quan, đơn vị có liên quan", "Sở, ngành", "địa phương", "UBND cấp xã",
            "Ủy ban nhân dân các xã", "Các sở, ban, ngành", "cơ quan, đơn vị liên quan",
            // Issue 10 item 12: the inspectorates of the departments, of the districts (item 166 of 152/QĐ-UBND).
            "Thanh tra sở", "Thanh tra huyện", "UBND xã", "Phòng Tài chính - Kế hoạch huyện"})
    void recognisesPhrasesThatDescribeGroupsOfBodies(String phrase) {
        assertThat(AgencyNames.isGeneric(phrase)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sở Nội vụ", "Thanh tra tỉnh", "UBND huyện Nam Đàn", "Trung tâm Chuyển đổi số", "UBND thị xã Cửa Lò",
            "UBND thành phố Vinh", "Ban Dân tộc", "Cục thuế", "Liên minh Hợp tác xã", "Văn phòng UBND tỉnh",
            "Công an tỉnh", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "BQL KKT Đông Nam",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tỉnh đoàn", "UBND tỉnh"})
    void doesNotTakeRealAgenciesForGenericPhrases(String name) {
        assertThat(AgencyNames.isGeneric(name)).isFalse();
    }

    @Test
    void anEmptyNameIsNotGeneric() {
        assertThat(AgencyNames.isGeneric(null)).isFalse();
        assertThat(AgencyNames.isGeneric(" - ")).isFalse();
    }
}
