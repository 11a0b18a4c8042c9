package dev.artificer.component.indicators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.indicators.testing.Bars;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Looking indicators up by name, parsing expressions and the metadata. */
class CatalogTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyIndicatorOfTheIssueIsInTheCatalogue() {
        Set<String> names = CATALOG.all().stream().map(IndicatorDefinition::name).collect(Collectors.toSet());

        assertThat(names).contains("sma", "ema", "wma", "dema", "tema", "trima", "kama", "t3", "bbands", "midpoint",
                "midprice", "sar", "rsi", "macd", "stoch", "stochf", "stochrsi", "adx", "adxr", "dx", "plus_di",
                "minus_di", "cci", "mfi", "willr", "roc", "mom", "aroon", "aroonosc", "trix", "ultosc", "cmo", "apo",
                "ppo", "bop", "atr", "natr", "trange", "obv", "ad", "adosc", "stddev", "var", "linearreg",
                "linearreg_slope", "min", "max", "vwap", "donchian", "keltner", "hma");
    }

    @Test
    void namedParameterExpressionConfiguresTheIndicator() {
        ConfiguredIndicator rsi = CATALOG.parse("rsi(period=21)");

        assertThat(rsi.definition().name()).isEqualTo("rsi");
        assertThat(rsi.parameters().integer("period")).isEqualTo(21);
        assertThat(rsi.lookback()).isEqualTo(21);
    }

    @Test
    void bareNameTakesTheDefaults() {
        assertThat(CATALOG.parse("MACD").toString()).isEqualTo("macd(fast=12, slow=26, signal=9)");
    }

    @Test
    void positionalThenNamedParametersAreAccepted() {
        ConfiguredIndicator bands = CATALOG.parse(" bbands( 20, devDown = 1.5, maType=ema ) ");

        assertThat(bands.parameters().asMap())
                .containsExactly(Map.entry("period", "20"), Map.entry("devUp", "2.0"), Map.entry("devDown", "1.5"),
                        Map.entry("maType", "EMA"));
    }

    @Test
    void unknownIndicatorIsRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> CATALOG.parse("rsx(14)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown indicator 'rsx'; known: sma, ema");
    }

    @Test
    void unknownParameterIsRejectedWithTheIndicatorsParameters() {
        assertThatThrownBy(() -> CATALOG.parse("rsi(length=14)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rsi has no parameter 'length'; parameters: [period]");
    }

    @Test
    void valueOutOfRangeIsRejectedWithTheRange() {
        assertThatThrownBy(() -> CATALOG.parse("rsi(period=1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be an integer between 2 and 100000 (got '1')");
    }

    @Test
    void unknownMovingAverageTypeIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> CATALOG.parse("bbands(maType=mama)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maType must be one of [SMA, EMA, WMA, DEMA, TEMA, TRIMA, KAMA, T3]");
    }

    @Test
    void malformedExpressionIsRejected() {
        assertThatThrownBy(() -> CATALOG.parse("rsi(14"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an indicator expression");
    }

    @Test
    void parameterGivenTwiceIsRejected() {
        assertThatThrownBy(() -> CATALOG.parse("rsi(14, period=15)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
    }

    @Test
    void metadataDescribesInputsOutputsAndParameterRanges() {
        IndicatorDefinition stoch = CATALOG.get("stoch");

        assertThat(stoch.inputs()).containsExactly(Input.HIGH, Input.LOW, Input.CLOSE);
        assertThat(stoch.outputs()).containsExactly("slowK", "slowD");
        assertThat(stoch.parameters().getFirst().summary())
                .isEqualTo("fastK: integer 1..100000, default 5 - raw %k window");
        assertThat(stoch.taLibFunction()).isTrue();
        assertThat(CATALOG.get("vwap").taLibFunction()).isFalse();
    }

    @Test
    void lookbackIsTheNumberOfLeadingNaNsOfEveryIndicator() {
        Bars bars = Bars.randomWalk(31, 500, 100);
        for (IndicatorDefinition definition : CATALOG.all()) {
            Parameters parameters = definition.defaults();
            double[] primary = definition.compute(bars.series(), parameters)[0];
            int lookback = definition.lookback(parameters);
            for (int i = 0; i < lookback; i++) {
                assertThat(primary[i]).as("%s bar %d", definition.name(), i).isNaN();
            }
            assertThat(primary[lookback]).as(definition.name()).isNotNaN();
        }
    }

    @Test
    void computingWithoutANeededColumnNamesTheColumn() {
        PriceSeries closesOnly = PriceSeries.ofCloses(new double[] {1, 2, 3});

        assertThatThrownBy(() -> CATALOG.parse("atr(2)").compute(closesOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the price series has no high column");
    }

    @Test
    void priceSeriesColumnsMustHaveOneLength() {
        assertThatThrownBy(() -> new PriceSeries(null, null, new double[3], new double[2], null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high 3, low 2");
    }

    @Test
    void aSeriesOfNullClosesIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> PriceSeries.ofCloses(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("close must not be null");
    }
}
