package vn.dondoc.scheduler.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTests {

    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndUseACommaForDecimals() {
        assertThat(Figure.parse("21.275,0").orElseThrow().value()).isEqualByComparingTo("21275.0");
        assertThat(Figure.parse("1.002.409").orElseThrow().value()).isEqualByComparingTo("1002409");
        assertThat(Figure.parse("0,3").orElseThrow().value()).isEqualByComparingTo("0.3");
        assertThat(Figure.parse("1275,2").orElseThrow().value()).isEqualByComparingTo("1275.2");
        assertThat(Figure.parse("<i>24.000</i>").orElseThrow()).extracting(Figure::written, Figure::value)
                .containsExactly("24.000", new BigDecimal("24000"));
    }

    @Test
    void aDashOrAnEmptyCellIsNoFigure() {
        assertThat(Figure.parse("-")).isEmpty();
        assertThat(Figure.parse("  ")).isEmpty();
    }

    @Test
    void wordsAreKeptWithoutANumber() {
        Figure words = Figure.parse("theo kế hoạch").orElseThrow();
        assertThat(words.kind()).isEqualTo(Figure.Kind.TEXT);
        assertThat(words.isNumber()).isFalse();
    }

    @Test
    void aRangeIsReachedFromItsNearEndAndABoundAsItSays() {
        Figure range = Figure.parse("78-80").orElseThrow();
        assertThat(range.reachedBy(new BigDecimal("78"), Direction.MORE_IS_BETTER)).isTrue();
        assertThat(range.reachedBy(new BigDecimal("77.9"), Direction.MORE_IS_BETTER)).isFalse();
        assertThat(range.reachedBy(new BigDecimal("80"), Direction.LESS_IS_BETTER)).isTrue();
        Figure moreThan = Figure.parse("> 90").orElseThrow();
        assertThat(moreThan.reachedBy(new BigDecimal("90"), Direction.LESS_IS_BETTER)).isFalse();
        assertThat(moreThan.reachedBy(new BigDecimal("90.5"), Direction.LESS_IS_BETTER)).isTrue();
        Figure malnutrition = Figure.parse("13,8").orElseThrow();
        assertThat(malnutrition.reachedBy(new BigDecimal("13.5"), Direction.LESS_IS_BETTER)).isTrue();
        assertThat(malnutrition.reachedBy(new BigDecimal("14"), Direction.LESS_IS_BETTER)).isFalse();
    }

    @Test
    void numbersAreWrittenBackAsOfficesWriteThem() {
        assertThat(VietnameseNumber.format(new BigDecimal("1002409"))).isEqualTo("1.002.409");
        assertThat(VietnameseNumber.format(new BigDecimal("21275.50"))).isEqualTo("21.275,5");
        assertThat(VietnameseNumber.format(new BigDecimal("2950"))).isEqualTo("2.950");
    }
}
