package vn.dondoc.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextsTests {

    Texts vi = Texts.of(Texts.Language.VIETNAMESE);
    Texts en = Texts.of(Texts.Language.ENGLISH);

    @Test
    void everyVietnameseTextHasAnEnglishTwinAndBack() {
        assertThat(en.keys()).containsExactlyInAnyOrderElementsOf(vi.keys());
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() {
        for (String key : vi.keys()) {
            assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(vi.get(key)));
        }
    }

    @Test
    void vietnameseIsTheDefaultAndKeepsItsDiacritics() {
        assertThat(Texts.forCode(null).get("status.OPEN_OVERDUE")).isEqualTo("đang thực hiện quá hạn");
        assertThat(Texts.forCode("fr").language()).isEqualTo(Texts.Language.VIETNAMESE);
        assertThat(Texts.forCode("en_US").get("status.OPEN_OVERDUE")).isEqualTo("open, overdue");
    }

    @Test
    void argumentsAreInsertedAsGivenWithoutLocaleNumberFormatting() {
        assertThat(vi.get("contact.created", 1234, "Trần Thị Bình", "cán bộ")).isEqualTo("Đã tạo liên hệ #1234: Trần Thị Bình (cán bộ).");
    }

    @Test
    void indentedListLinesKeepTheirIndent() {
        // java.util.Properties strips leading spaces unless they are escaped.
        assertThat(vi.get("import.rejectedLine", 7, "lý do")).isEqualTo("  dòng 7: lý do");
        assertThat(en.get("import.newAgency", "Sở Du lịch", 6)).startsWith("  Sở Du lịch");
    }

    @Test
    void aMissingKeyIsAProgrammingErrorNotASilentBlank() {
        assertThatThrownBy(() -> vi.get("no.such.key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndCountsAreWrittenTheVietnameseWay() {
        assertThat(Formats.date(LocalDate.of(2024, 2, 5))).isEqualTo("05/02/2024");
        assertThat(Formats.count(1234)).isEqualTo("1.234");
        assertThat(Formats.date(null)).isEmpty();
    }

    private static java.util.List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d+}").matcher(text).results().map(r -> r.group()).sorted().distinct().toList();
    }
}
