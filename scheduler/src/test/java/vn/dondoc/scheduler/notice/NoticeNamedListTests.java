package vn.dondoc.scheduler.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.agency.Agency;

/** "Các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, …": bare names after a plural head and a colon. */
class NoticeNamedListTests {

    private final NoticeReader reader = new NoticeReader(List.of());

    @Test
    void eachBareNameAfterCacSoNganhIsASoAndLeadsTheSameTask() {
        // Quảng Nam's 2024 work programme (examples/notices), section III.2, as published.
        List<NoticeTask> tasks = reader.read(List.of("2. Các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và Phát triển"
                + " nông thôn, Xây dựng, Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội, Y tế, Sở Nội vụ, Bộ chỉ huy"
                + " Quân sự tỉnh, Công an tỉnh,... chịu trách nhiệm chủ trì, phối hợp với với Sở, Ban, ngành, địa phương liên"
                + " quan tham mưu UBND tỉnh phân đầu thực hiện hoàn thành và vượt mức các chỉ tiêu phát triển kinh tế - xã hội"
                + " chủ yếu năm 2024; định kỳ hàng quý gửi báo cáo tình hình triển khai cho Sở Kế hoạch và Đầu tư để tổng hợp,"
                + " báo cáo UBND tỉnh theo dõi, chỉ đạo (Chi tiết tại Phụ lục II)."));

        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).leads()).containsExactly("Sở Kế hoạch và Đầu tư", "Sở Tài chính",
                "Sở Nông nghiệp và Phát triển nông thôn", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
                "Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Sở Nội vụ", "Bộ chỉ huy Quân sự tỉnh", "Công an tỉnh");
        assertThat(tasks.get(0).task()).contains("tham mưu UBND tỉnh phân đầu thực hiện hoàn thành");
        assertThat(tasks.get(0).deadlinePhrase()).isEqualTo("định kỳ hàng quý");
    }

    @Test
    void giaoCacSoWithAColonGivesTheTaskToEachNamedSoAndItsCooperatingAgency() {
        List<NoticeTask> tasks = reader.read(List.of("Giao các Sở: Tài chính, Kế hoạch và Đầu tư phối hợp với UBND huyện"
                + " Điện Bàn rà soát nguồn vốn đối ứng của dự án, báo cáo UBND tỉnh trước ngày 15/3/2024."));

        assertThat(tasks).containsExactly(new NoticeTask(1, List.of("Sở Tài chính", "Sở Kế hoạch và Đầu tư"),
                List.of("UBND huyện Điện Bàn"), "rà soát nguồn vốn đối ứng của dự án, báo cáo UBND tỉnh", "trước ngày 15/3/2024"));
    }

    @Test
    void districtNamesAfterUbndCacHuyenAreTheDistrictsCommittees() {
        List<NoticeTask> tasks = reader.read(List.of("UBND các huyện: Quỳnh Lưu, Diễn Châu và Nghi Lộc khẩn trương hoàn thành"
                + " công tác giải phóng mặt bằng đường ven biển, báo cáo UBND tỉnh trước ngày 30/6/2024."));

        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).leads()).containsExactly("UBND huyện Quỳnh Lưu", "UBND huyện Diễn Châu", "UBND huyện Nghi Lộc");
        assertThat(tasks.get(0).deadlinePhrase()).isEqualTo("trước ngày 30/6/2024");
    }

    @Test
    void aColonListAfterPhoiHopVoiNamesTheCooperatingAgenciesAndTheLeadStaysTheOneThatChuTri() {
        List<NoticeTask> tasks = reader.read(List.of("Sở Giao thông vận tải chủ trì, phối hợp với các Sở: Tài chính, Xây"
                + " dựng, Tài nguyên và Môi trường rà soát danh mục các tuyến đường tỉnh cần nâng cấp, báo cáo UBND tỉnh"
                + " trong tháng 4/2024."));

        assertThat(tasks).containsExactly(new NoticeTask(1, List.of("Sở Giao thông vận tải"),
                List.of("Sở Tài chính", "Sở Xây dựng", "Sở Tài nguyên và Môi trường"),
                "rà soát danh mục các tuyến đường tỉnh cần nâng cấp, báo cáo UBND tỉnh", "trong tháng 4/2024"));
    }

    @Test
    void aBareNameResolvesAgainstTheRegistersAgenciesWithTheOldTonePlacementOrAnAlias() {
        NoticeReader withRegister = new NoticeReader(List.of(
                new Agency(7, "Sở Khoa học, Công nghệ và Đổi mới sáng tạo", List.of("Sở KH,CN&ĐMST"))));

        List<NoticeTask> tasks = withRegister.read(List.of("Giao các Sở: Khoa học, Công nghệ và Đổi mới sáng tạo, Văn hoá, Thể"
                + " thao và Du lịch xây dựng kế hoạch chuyển đổi số năm 2025, trình UBND tỉnh trước ngày 31/12/2024."));

        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).leads()).containsExactly("Sở Khoa học, Công nghệ và Đổi mới sáng tạo",
                "Sở Văn hoá, Thể thao và Du lịch");
    }

    @Test
    void aSentenceAfterTheColonIsNoListOfNames() {
        List<NoticeTask> tasks = reader.read(List.of("Giao các sở, ngành: Tăng cường kiểm tra việc chấp hành kỷ luật,"
                + " kỷ cương hành chính."));

        assertThat(tasks).allSatisfy(t -> assertThat(t.leads()).noneMatch(lead -> lead.startsWith("Sở T")));
    }

    @Test
    void aPdfLineEndingInTheColonGoesOnWithTheNamesOnTheNextLine() {
        List<NoticeTask> tasks = reader.read(List.of(
                "Để kịp thời tháo gỡ khó khăn cho các dự án đầu tư công trọng điểm của tỉnh, giao các Sở:",
                "Tài chính, Kế hoạch và Đầu tư phối hợp với UBND huyện Điện Bàn rà soát nguồn vốn đối ứng",
                "của dự án, báo cáo UBND tỉnh trước ngày 15/3/2024."));

        assertThat(tasks).containsExactly(new NoticeTask(1, List.of("Sở Tài chính", "Sở Kế hoạch và Đầu tư"),
                List.of("UBND huyện Điện Bàn"), "rà soát nguồn vốn đối ứng của dự án, báo cáo UBND tỉnh", "trước ngày 15/3/2024"));
    }
}
