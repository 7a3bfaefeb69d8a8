package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportCaptionTests {

    private static final LocalDate JAN_18 = LocalDate.of(2024, 1, 18);

    @Test
    void readsTheNumberAndTheDateAsTheOfficeWritesThem() {
        assertThat(ImportCaption.read("152/QĐ-UBND 18/01/2024")).isEqualTo(new ImportCaption("152/QĐ-UBND", JAN_18, null));
        assertThat(ImportCaption.read("18-1-2024 152/QĐ-UBND")).isEqualTo(new ImportCaption("152/QĐ-UBND", JAN_18, null));
        assertThat(ImportCaption.read("Phụ lục I, Quyết định số 152/QĐ-UBND ngày 18.01.2024 của UBND tỉnh"))
                .isEqualTo(new ImportCaption("152/QĐ-UBND", JAN_18, null));
        assertThat(ImportCaption.read("Số 15/2024/QĐ-UBND, ngày 18 tháng 01 năm 2024."))
                .isEqualTo(new ImportCaption("15/2024/QĐ-UBND", JAN_18, null));
        assertThat(ImportCaption.read("kế hoạch 01/KH-UBND, ngay 5 thang 2 nam 2024"))
                .isEqualTo(new ImportCaption("01/KH-UBND", LocalDate.of(2024, 2, 5), null));
    }

    @Test
    void saysWhatIsMissing() {
        ImportCaption noDate = ImportCaption.read("152/QĐ-UBND");
        assertThat(noDate).isEqualTo(new ImportCaption("152/QĐ-UBND", null, null));
        assertThat(noDate.complete()).isFalse();
        assertThat(ImportCaption.read("ngày 18/01/2024")).isEqualTo(new ImportCaption(null, JAN_18, null));
        assertThat(ImportCaption.read("phụ lục nhiệm vụ").isEmpty()).isTrue();
        assertThat(ImportCaption.read(null).isEmpty()).isTrue();
        assertThat(ImportCaption.read("152/QĐ-UBND 18/01/2024").complete()).isTrue();
    }

    @Test
    void quotesADateThatDoesNotExist() {
        ImportCaption caption = ImportCaption.read("152/QĐ-UBND 31/02/2024");
        assertThat(caption).isEqualTo(new ImportCaption("152/QĐ-UBND", null, "31/02/2024"));
        assertThat(caption.complete()).isFalse();
    }

    @Test
    void anAnswerFillsOnlyWhatWasMissing() {
        ImportCaption caption = ImportCaption.read("152/QĐ-UBND").with(ImportCaption.read("18/01/2024"));
        assertThat(caption).isEqualTo(new ImportCaption("152/QĐ-UBND", JAN_18, null));
        assertThat(ImportCaption.read("152/QĐ-UBND 18/01/2024").with(ImportCaption.read("99/KH 01/01/2023")))
                .isEqualTo(new ImportCaption("152/QĐ-UBND", JAN_18, null));
    }
}
