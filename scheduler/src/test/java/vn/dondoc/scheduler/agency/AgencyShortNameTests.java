package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyShortNameTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sở Kế hoạch và Đầu tư|Sở KH&ĐT",
            "Sở Lao động- TB và XH|Sở LĐ-TB&XH",
            "Sở Nông nghiệp và PTNT|Sở NN&PTNT",
            "Sở Tài nguyên và Môi trường|Sở TN&MT",
            "Sở Giao thông vận tải|Sở GTVT",
            "BCH Bộ đội Biên phòng tỉnh|BCH BĐBP tỉnh",
            "UBND thành phố Vinh|UBND TP Vinh",
            "Liên minh Hợp tác xã|Liên minh HTX",
            "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch|TT XTĐTTM&DL",
            "Sở Y tế|Sở Y tế",
            "Công an tỉnh|Công an tỉnh"})
    void abbreviatesLongAgencyNamesTheWayOfficesWriteThem(String name, String expected) {
        assertThat(AgencyShortName.of(name, 13)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"UBND thị xã Hoàng Mai|UBND TX Hoàn…", "Một tổ chức có tên rất dài|Một tổ chức…"})
    void placeNamesAndUnknownBodiesAreCutNotTurnedIntoInitials(String name, String expected) {
        assertThat(AgencyShortName.of(name, 13)).isEqualTo(expected).hasSizeLessThanOrEqualTo(13);
    }
}
