package vn.dondoc.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramTextTests {

    @Test
    void aShortMessageStaysWhole() {
        assertThat(TelegramText.split("Nhiệm vụ <b>#12</b>\nhạn 05/02/2024")).containsExactly("Nhiệm vụ <b>#12</b>\nhạn 05/02/2024");
    }

    @Test
    void aLongMessageIsCutAtLineEndsAndLosesNothing() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("<b>").append(i).append(".</b> Sở Kế hoạch và Đầu tư — báo cáo tình hình thực hiện\n");
        }
        List<String> pieces = TelegramText.split(text.toString().strip());
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(TelegramText.LIMIT);
            assertThat(p.split("<b>", -1).length).isEqualTo(p.split("</b>", -1).length);
        });
        assertThat(String.join("\n", pieces)).isEqualTo(text.toString().strip());
    }

    @Test
    void aSingleHugeLineIsCutOutsideEntitiesAndSurrogates() {
        String unit = "a&amp;😀";
        String line = unit.repeat(1500);
        List<String> pieces = TelegramText.split(line, 100);
        assertThat(String.join("", pieces)).isEqualTo(line);
        for (String p : pieces) {
            assertThat(p.length()).isLessThanOrEqualTo(100);
            assertThat(p).doesNotStartWith("amp;").doesNotStartWith("mp;").doesNotStartWith("p;").doesNotStartWith(";");
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        }
    }

    @Test
    void htmlEscapingCoversWhatTelegramParses() {
        assertThat(Html.escape("<Sở> & \"Bộ\"")).isEqualTo("&lt;Sở&gt; &amp; &quot;Bộ&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }
}
