package vn.dondoc.scheduler.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeReaderTests {

    private final NoticeReader reader = new NoticeReader(List.of());

    private List<NoticeTask> read(String... lines) {
        return reader.read(List.of(lines));
    }

    @Test
    void linesBrokenMidSentenceAreJoinedIntoOneTaskWithItsCooperatingAgenciesAndDeadline() {
        List<NoticeTask> tasks = read(
                "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các",
                "đơn vị liên quan rà soát, tổng hợp nhu cầu vốn đầu tư công năm 2025,",
                "báo cáo UBND tỉnh trước ngày 31/01/2024.");

        assertThat(tasks).containsExactly(new NoticeTask(1, List.of("Sở Kế hoạch và Đầu tư"),
                List.of("Sở Tài chính", "các đơn vị liên quan"),
                "rà soát, tổng hợp nhu cầu vốn đầu tư công năm 2025, báo cáo UBND tỉnh", "trước ngày 31/01/2024"));
    }

    @Test
    void pageNumbersAndRunningHeadersBetweenTheLinesAreNotText() {
        List<NoticeTask> tasks = read(
                "UBND TỈNH QUẢNG NAM - THÔNG BÁO KẾT LUẬN SỐ 12/TB-UBND",
                "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát các khoản",
                "- 2 -",
                "UBND TỈNH QUẢNG NAM - THÔNG BÁO KẾT LUẬN SỐ 12/TB-UBND",
                "chi chuyển nguồn, hoàn thành trước ngày 15/3/2024.",
                "Sở Xây dựng kiểm tra chất lượng công trình trường học, báo cáo kết quả trong",
                "Trang 3",
                "UBND TỈNH QUẢNG NAM - THÔNG BÁO KẾT LUẬN SỐ 12/TB-UBND",
                "tháng 4/2024.");

        assertThat(tasks).containsExactly(
                new NoticeTask(2, List.of("Sở Tài chính"), List.of("Kho bạc Nhà nước tỉnh"),
                        "rà soát các khoản chi chuyển nguồn", "trước ngày 15/3/2024"),
                new NoticeTask(6, List.of("Sở Xây dựng"), List.of(),
                        "kiểm tra chất lượng công trình trường học, báo cáo kết quả", "trong tháng 4/2024"));
    }

    @Test
    void webLinksInterleavedWithTheTextAreDropped() {
        List<NoticeTask> tasks = read(
                "Giao Sở Thông tin và Truyền thông chủ trì hướng dẫn các sở, ngành triển khai nền tảng",
                "https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc",
                "số dùng chung, hoàn thành trong quý II/2024. Xem thêm tại www.quangnam.gov.vn");

        assertThat(tasks).containsExactly(new NoticeTask(1, List.of("Sở Thông tin và Truyền thông"), List.of(),
                "hướng dẫn các sở, ngành triển khai nền tảng số dùng chung", "trong quý II/2024"));
    }

    @Test
    void theAppendixTableFlattenedOneCellPerLineGivesOneTaskPerRow() {
        List<NoticeTask> tasks = read(
                "Chủ tịch UBND tỉnh kết luận như sau:",
                "II. MỘT SỐ NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH",
                "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
                "1", "Xây dựng Kế hoạch thực hiện Quy hoạch tỉnh", "thời kỳ 2021-2030", "Sở Kế hoạch và Đầu tư", "Tháng 3/2024",
                "2", "Rà soát, sắp xếp lại các cơ sở nhà, đất", "dôi dư sau sáp nhập", "Sở Tài chính", "Quý II/2024",
                "5",
                "3", "Hỗ trợ tìm việc làm cho lao động", "mất việc tại các khu công nghiệp", "Sở Lao động - Thương binh", "và Xã hội",
                "31/12/2024",
                "4", "Hướng dẫn chuyển đổi số trong trường học", "Sở Giáo dục và Đào tạo");

        assertThat(tasks).containsExactly(
                new NoticeTask(7, List.of("Sở Kế hoạch và Đầu tư"), List.of(),
                        "Xây dựng Kế hoạch thực hiện Quy hoạch tỉnh thời kỳ 2021-2030", "Tháng 3/2024"),
                new NoticeTask(12, List.of("Sở Tài chính"), List.of(),
                        "Rà soát, sắp xếp lại các cơ sở nhà, đất dôi dư sau sáp nhập", "Quý II/2024"),
                new NoticeTask(18, List.of("Sở Lao động - Thương binh và Xã hội"), List.of(),
                        "Hỗ trợ tìm việc làm cho lao động mất việc tại các khu công nghiệp", "31/12/2024"),
                new NoticeTask(24, List.of("Sở Giáo dục và Đào tạo"), List.of(), "Hướng dẫn chuyển đổi số trong trường học", null));
    }

    @Test
    void bulletsUnderAnAgencyHeadingAreTasksOfThatAgency() {
        List<NoticeTask> tasks = read(
                "3. Nhiệm vụ cụ thể:",
                "- Sở Công Thương:",
                "+ Chủ trì, phối hợp với Sở Tài chính xây dựng phương án bình ổn giá dịp Tết, báo cáo UBND tỉnh trước ngày 10/01/2024.",
                "+ Tăng cường kiểm tra thị trường. Báo cáo kết quả trước ngày 20/02/2024.",
                "- Sở Y tế:",
                "+ Bảo đảm thuốc và trực cấp cứu dịp Tết.");

        assertThat(tasks).containsExactly(
                new NoticeTask(3, List.of("Sở Công Thương"), List.of("Sở Tài chính"),
                        "xây dựng phương án bình ổn giá dịp Tết, báo cáo UBND tỉnh", "trước ngày 10/01/2024"),
                new NoticeTask(4, List.of("Sở Công Thương"), List.of(), "tăng cường kiểm tra thị trường", "trước ngày 20/02/2024"),
                new NoticeTask(6, List.of("Sở Y tế"), List.of(), "bảo đảm thuốc và trực cấp cứu dịp Tết", null));
    }

    @Test
    void aSentenceWithoutASubjectGoesOnWithTheAgencyBeforeIt() {
        List<NoticeTask> tasks = read(
                "Giao Sở Công Thương chủ trì tổng hợp báo cáo kết quả thực hiện Nghị định số 68/2017/NĐ-CP. Trình UBND tỉnh"
                        + " trước ngày 10/8/2018 để báo cáo Bộ Công Thương.",
                "",
                "Sở Nội vụ hướng dẫn các địa phương sắp xếp đơn vị hành chính cấp xã. Tiếp tục tham mưu kiện toàn tổ chức bộ máy.");

        assertThat(tasks).extracting(NoticeTask::leads, NoticeTask::task, NoticeTask::deadlinePhrase).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("Sở Công Thương"),
                        "tổng hợp báo cáo kết quả thực hiện Nghị định số 68/2017/NĐ-CP", "trước ngày 10/8/2018"),
                org.assertj.core.groups.Tuple.tuple(List.of("Sở Nội vụ"),
                        "hướng dẫn các địa phương sắp xếp đơn vị hành chính cấp xã", null),
                org.assertj.core.groups.Tuple.tuple(List.of("Sở Nội vụ"), "tiếp tục tham mưu kiện toàn tổ chức bộ máy", null));
    }

    @Test
    void exhortationsToEveryoneAreNoTasksButGenericAddresseesAreKeptAsWritten() {
        List<NoticeTask> tasks = read(
                "Các cấp, các ngành tập trung chuẩn bị chu đáo các hoạt động dịp Tết. Thực hiện nghiêm túc Chỉ thị số 26-CT/TW.",
                "",
                "Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành, các địa phương tập trung triển khai kịp thời các Nghị quyết.",
                "",
                "Các sở, ngành, địa phương, các chủ đầu tư chỉ đạo đẩy nhanh giải ngân vốn đầu tư công.",
                "",
                "Đề nghị UBND các huyện, thành phố, thị xã rà soát hồ sơ đất đai, gửi Sở Tài nguyên và Môi trường trước ngày 30/6/2024.");

        assertThat(tasks).containsExactly(
                new NoticeTask(5, List.of("Các sở, ngành, địa phương", "các chủ đầu tư"), List.of(),
                        "chỉ đạo đẩy nhanh giải ngân vốn đầu tư công", null),
                new NoticeTask(7, List.of("UBND các huyện, thành phố, thị xã"), List.of(),
                        "rà soát hồ sơ đất đai, gửi Sở Tài nguyên và Môi trường", "trước ngày 30/6/2024"));
    }

    @Test
    void theDirectionsAfterChairmanHdndSessionInNgheAnAreRead() {
        List<NoticeTask> tasks = reader.read(NoticeFiles.lines(
                Path.of("../examples/notices/chu-tich-ubnd-nghe-an-chi-dao-sau-ky-hop-17.txt")));

        assertThat(tasks).hasSize(19);
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.leads()).containsExactly("Sở Kế hoạch và Đầu tư");
            assertThat(t.task()).startsWith("tham mưu Quyết định về nhiệm vụ, giải pháp chủ yếu");
            assertThat(t.deadlinePhrase()).isEqualTo("trước ngày 15/01/2024");
        });
        assertThat(tasks).anySatisfy(t -> assertThat(t.leads()).containsExactly("Ban quản lý Khu kinh tế Đông Nam"));
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.leads()).containsExactly("Sở LĐTB&XH");
            assertThat(t.cooperating()).containsExactly("Ủy ban MTTQ Việt Nam tỉnh");
        });
        assertThat(tasks).noneSatisfy(t -> assertThat(t.leads().toString()).containsIgnoringCase("các cấp"));
        // Only one phrase of the news text is a deadline; "trong tháng 12/2023" inside a Công điện's title is not.
        assertThat(tasks).filteredOn(t -> t.deadlinePhrase() != null).hasSize(1);
    }

    @Test
    void quangNamsWorkProgrammeGivesItsDatedTaskToSoNoiVu() {
        List<NoticeTask> tasks = reader.read(NoticeFiles.lines(
                Path.of("../examples/notices/quang-nam-chuong-trinh-cong-tac-2024.txt")));

        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.leads()).containsExactly("Sở Nội vụ");
            assertThat(t.task()).startsWith("tiếp tục rà soát quy định hiện hành về kiểm điểm");
            assertThat(t.deadlinePhrase()).isEqualTo("trong Quý III/2024");
        });
        // "1. Thủ trưởng các Sở, Ban, ngành, địa phương … căn cứ …:" heads the "-" items under it.
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.leads()).containsExactly("các Sở, Ban, ngành, địa phương");
            assertThat(t.task()).startsWith("rà soát lại chương trình công tác nhiệm kỳ (2021-2026)");
            assertThat(t.deadlinePhrase()).isEqualTo("trước ngày 20/01/2024");
            assertThat(t.line()).isEqualTo(194);
        });
        // Nothing from the list of who gets a copy ("Nơi nhận: - Văn phòng Chính phủ (báo cáo); …").
        assertThat(tasks).noneSatisfy(t -> assertThat(t.leads().toString()).contains("Văn phòng Chính"));
    }
}
