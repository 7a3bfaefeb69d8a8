package vn.dondoc.scheduler.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Phụ lục 03 of 152/QĐ-UBND imported into a register and read back. The expected values below were read off the
 * document (../examples/152-QD-UBND-2024-phu-luc-03.tsv) by hand, not produced by the parser.
 */
class IndicatorTableTests {

    static final Path PHU_LUC_03 = Path.of("../examples/152-QD-UBND-2024-phu-luc-03.tsv");
    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);

    @TempDir
    Path dir;
    RegisterDatabase db;
    IndicatorImportReport report;
    List<IndicatorLine> lines;

    @BeforeEach
    void importPhuLuc03() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), OfficeZone.ID);
        report = new IndicatorImporter(db, clock).run(new ImportRequest(PHU_LUC_03, "152/QĐ-UBND", ISSUED, null, false));
        lines = new IndicatorRegister(db).lines(null, LocalDate.of(2024, 1, 20));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyRowWithAUnitAndFiguresIsAnIndicatorWithAnAgencyAndItsTargetsAsNumbers() {
        // 150 rows of the document have a unit and at least one figure; "Tỷ lệ dân số đô thị được dùng nước sạch"
        // has a unit but its figures are in its two sub-rows, so it is their heading.
        assertThat(report.rejected()).isEmpty();
        assertThat(lines).hasSize(150);
        assertThat(report.created()).isEqualTo(150);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.unit()).isNotBlank();
            assertThat(l.agencies()).hasSize(1);
            assertThat(l.targets()).isNotEmpty();
            assertThat(l.targets().values()).allSatisfy(t -> assertThat(t.isNumber()).isTrue());
        });
        assertThat(lines).extracting(IndicatorLine::name).doesNotContain("Tỷ lệ dân số đô thị được dùng nước sạch",
                "CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC", "Cây lúa cả năm", "Trong đó:", "Một số sản phẩm công nghiệp chủ yếu");
    }

    @Test
    void twentyFourIndicatorsAsTheDocumentPrintsThem() {
        expect("Thu ngân sách Nhà nước trên địa bàn (không bao gồm số bổ sung từ NSTW)", null, "Tỷ đồng", "Sở Tài chính", false,
                "4320", "8615", "13750", "21200");
        expect("Thu nội địa trừ tiền sử dụng đất", null, "Tỷ đồng", "Cục Thuế tỉnh", true, "2900", "5680", "8700", "11800");
        expect("Thu từ nguồn huy động, tài trợ quy hoạch", null, "Tỷ đồng", "Sở Tài chính", false, "15", "25", "35", "50");
        expect("Chi bổ sung quỹ dự trữ tài chính", null, "Tỷ đồng", "Sở Tài chính", true, "0", "0", "0", "3");
        expect("Sản lượng", "Cây lúa cả năm", "Tấn", "Sở Nông nghiệp và PTNT", true, null, "565250", "974400", "974400");
        expect("Năng suất", "Cây ngô cả năm", "Tạ/ha", "Sở Nông nghiệp và PTNT", true, "43.5", "50", "47", "47");
        expect("Sản lượng", "Cây mía nguyên liệu", "1000 tấn", "Sở Nông nghiệp và PTNT", true, null, null, null, "1540");
        expect("Tổng đàn lợn", "Chăn nuôi", "1000 con", "Sở Nông nghiệp và PTNT", true, "1000", "1020", "1050", "1050");
        expect("Khai thác gỗ", "Lâm nghiệp", "1000 m ³", "Sở Nông nghiệp và PTNT", true, "210", "840", "1250", "1600");
        expect("Tỷ lệ che phủ rừng", "Lâm nghiệp", "%", "Sở Nông nghiệp và PTNT", true, "58.36", "58.2", "58.1", "58");
        expect("Trong đó, số xã đạt chuẩn nông thôn mới nâng cao trong năm", null, "Xã", "Sở Nông nghiệp và PTNT", true,
                null, null, null, "30");
        expect("Số tiêu chí nông thôn mới bình quân đạt được/xã", "Xây dựng nông thôn mới", "Tiêu chí/ xã",
                "Sở Nông nghiệp và PTNT", true, "17", "17", "17", "17.21");
        expect("Bia các loại (lon, chai)", "CN chế biến, chế tạo", "Triệu lít", "Sở Công Thương", true,
                "42550", "90650", "136900", "185000");
        expect("Nước máy", "CN điện nước", "1000 m3", "Sở Công Thương", true, "8740", "18620", "28120", "38000");
        expect("Tổng kim ngạch nhập khẩu", "Xuất, nhập khẩu", "Triệu USD", "Sở Công Thương", false, "345", "735", "1110", "1500");
        // Under a page header shifted by a column: the rows keep the first header's columns.
        expect("Doanh thu dịch vụ du lịch", null, "Tỷ đồng", "Sở Du lịch", true, "1950", "5500", "8130", "9000");
        expect("Số Trạm BTS", "Thông tin và truyền thông", "Trạm", "Sở Thông tin và Truyền thông", true,
                "8280", "8370", "8460", "8550");
        expect("Mức giảm tỷ suất sinh", null, "%", "Sở Y tế", false, null, null, null, "0.2");
        expect("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", null, "%", "Sở Y tế", false, null, null, null, "13.8");
        expect("Tỷ lệ trường đạt chuẩn quốc gia", null, "%", "Sở Giáo dục và Đào tạo", false, "61.64", "70", "75", "80");
        expect("Tạo việc làm mới", null, "Người", "Sở Lao động TB&XH", false, "13000", "26000", "38000", "48000");
        expect("Trong đó xuất khẩu lao động", null, "Người", "Sở Lao động TB&XH", true, "6000", "11000", "15000", "20000");
        expect("Đô thị loại V", null, "%", "Sở Xây dựng", true, "90.1", "90.2", "90.3", "90.5");
        expect("Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường", null,
                "%", "Ban quản lý KKT Đông Nam", false, "100", "100", "100", "100");
    }

    @Test
    void rangesAndBoundsKeepTheirWordsAndBothEnds() {
        IndicatorLine poverty = one("Mức giảm tỷ lệ hộ nghèo", null);
        Figure year = poverty.targets().get(Period.YEAR);
        assertThat(year.written()).isEqualTo("1-1,5");
        assertThat(year.kind()).isEqualTo(Figure.Kind.RANGE);
        assertThat(year.low()).isEqualByComparingTo("1");
        assertThat(year.high()).isEqualByComparingTo("1.5");
        assertThat(poverty.targets()).containsOnlyKeys(Period.YEAR);

        IndicatorLine schools = one("Tỷ lệ trường đạt chuẩn quốc gia", null);
        assertThat(schools.figures().get("PLAN")).extracting(Figure::written, Figure::kind).containsExactly("78-80", Figure.Kind.RANGE);
        assertThat(schools.figures().get("PLAN").low()).isEqualByComparingTo("78");
        assertThat(schools.figures().get("PLAN").high()).isEqualByComparingTo("80");

        IndicatorLine doctors = one("Tỷ lệ trạm y tế xã có bác sỹ", null);
        assertThat(doctors.targets().get(Period.Q1)).extracting(Figure::written, Figure::kind).containsExactly("> 90", Figure.Kind.MORE_THAN);
        assertThat(doctors.targets().get(Period.Q1).low()).isEqualByComparingTo("90");
        assertThat(doctors.targets().get(Period.YEAR)).extracting(Figure::written, Figure::kind).containsExactly("≥ 90", Figure.Kind.AT_LEAST);

        IndicatorLine births = one("Mức giảm tỷ suất sinh", null);
        assertThat(births.targets()).containsOnlyKeys(Period.YEAR); // "-" for each quarter: no target
        IndicatorLine rice = one("Sản lượng", "Cây lúa cả năm");
        assertThat(rice.figures().get("PREVIOUS").written()).isEqualTo("1.002.409");
        assertThat(rice.figures().get("PREVIOUS").low()).isEqualByComparingTo("1002409");
        IndicatorLine revenue = one("Thu ngân sách Nhà nước trên địa bàn (không bao gồm số bổ sung từ NSTW)", null);
        assertThat(revenue.figures().get("PREVIOUS").written()).isEqualTo("21.275,0");
        assertThat(revenue.figures().get("PREVIOUS").low()).isEqualByComparingTo("21275");
    }

    @Test
    void theDirectionComesFromTheBoundOrTheWordsOfTheName() {
        assertThat(one("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", null).direction()).isEqualTo(Direction.LESS_IS_BETTER);
        assertThat(one("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", null).directionWords()).isEqualTo("suy dinh dưỡng");
        // The figure of "Mức giảm …" is the size of the reduction: a larger one is better.
        assertThat(one("Mức giảm tỷ lệ hộ nghèo", null).direction()).isEqualTo(Direction.MORE_IS_BETTER);
        assertThat(one("Mức giảm tỷ lệ hộ nghèo", null).directionWords()).isEqualTo("mức giảm");
        assertThat(one("Tổng đàn lợn", "Chăn nuôi").direction()).isEqualTo(Direction.MORE_IS_BETTER);
        assertThat(one("Tổng đàn lợn", "Chăn nuôi").directionWords()).isNull();
    }

    @Test
    void importingTheSameTableAgainUpdatesAndKeepsTheNumbers() {
        Clock later = Clock.fixed(Instant.parse("2024-02-01T02:00:00Z"), OfficeZone.ID);
        IndicatorImportReport again = new IndicatorImporter(db, later)
                .run(new ImportRequest(PHU_LUC_03, "152/QĐ-UBND", ISSUED, null, false));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(150);
        List<IndicatorLine> after = new IndicatorRegister(db).lines(null, LocalDate.of(2024, 2, 1));
        assertThat(after).extracting(IndicatorLine::id).isEqualTo(lines.stream().map(IndicatorLine::id).toList());
    }

    private void expect(String name, String context, String unit, String agency, boolean inherited, String q1, String m6,
                        String m9, String year) {
        IndicatorLine line = one(name, context);
        assertThat(line.unit()).as(name).isEqualTo(unit);
        assertThat(line.agencies()).as(name).containsExactly(agency);
        assertThat(line.agencyInherited()).as(name + " inherits its agency").isEqualTo(inherited);
        Map<Period, String> expected = new java.util.EnumMap<>(Period.class);
        if (q1 != null) expected.put(Period.Q1, q1);
        if (m6 != null) expected.put(Period.M6, m6);
        if (m9 != null) expected.put(Period.M9, m9);
        if (year != null) expected.put(Period.YEAR, year);
        assertThat(line.targets().keySet()).as(name).isEqualTo(expected.keySet());
        expected.forEach((period, value) -> assertThat(line.targets().get(period).value()).as(name + " " + period)
                .isEqualByComparingTo(new BigDecimal(value)));
    }

    private IndicatorLine one(String name, String context) {
        List<IndicatorLine> found = lines.stream()
                .filter(l -> l.name().equals(name) && (context == null || context.equals(l.context()))).toList();
        assertThat(found).as(name + " under " + context).hasSize(1);
        return found.get(0);
    }
}
