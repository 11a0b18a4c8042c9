package dev.artificer.component.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyParametersTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("fast", 10, 2, 1000, "fast period"),
            ParameterSpec.integer("slow", 30, 3, 5000, "slow period"),
            ParameterSpec.choice("sizing", "fixed", List.of("fixed", "percent", "atr-risk"), "sizing"),
            ParameterSpec.decimal("percent", 10, 0.01, 100, "percent of equity"));

    @Test
    void missingParametersTakeTheirDefaults() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "slow=50");

        assertThat(parameters.integer("fast")).isEqualTo(10);
        assertThat(parameters.integer("slow")).isEqualTo(50);
        assertThat(parameters.choice("sizing")).isEqualTo("fixed");
        assertThat(parameters.decimal("percent")).isEqualTo(10.0);
    }

    @Test
    void canonicalTextFollowsDeclarationOrderWithNormalisedValues() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "  percent=12.50   sizing=PERCENT slow=031 ");

        assertThat(parameters).hasToString("fast=10 slow=31 sizing=percent percent=12.5");
    }

    @Test
    void textAndMapFormsGiveEqualParameters() {
        assertThat(StrategyParameters.of(SPECS, Map.of("fast", "5", "percent", "1e1")))
                .isEqualTo(StrategyParameters.parse(SPECS, "fast=5 percent=10"));
    }

    @Test
    void canonicalTextParsesBackToTheSameParameters() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "fast=7 percent=0.25");

        assertThat(StrategyParameters.parse(SPECS, parameters.toString())).isEqualTo(parameters);
    }

    @Test
    void withChangesOneValueAndChecksIt() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "");

        assertThat(parameters.with("fast", "20").integer("fast")).isEqualTo(20);
        assertThatThrownBy(() -> parameters.with("fast", "0")).hasMessage("fast must be in 2..1000 (got 0)");
    }

    @Test
    void unknownParameterListsTheDeclaredOnes() {
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "fats=10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter 'fats'; the parameters are: fast, slow, sizing, percent");
    }

    @Test
    void wrongTypeNamesTheParameterAndItsRange() {
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "fast=ten"))
                .hasMessage("fast must be a whole number in 2..1000 (got 'ten')");
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "fast=2.5"))
                .hasMessage("fast must be a whole number in 2..1000 (got '2.5')");
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "percent=lots"))
                .hasMessage("percent must be a number in 0.01..100 (got 'lots')");
    }

    @Test
    void outOfRangeNamesTheParameterAndItsRange() {
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "slow=5001"))
                .hasMessage("slow must be in 3..5000 (got 5001)");
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "percent=0"))
                .hasMessage("percent must be in 0.01..100 (got 0)");
    }

    @Test
    void unknownChoiceListsTheChoices() {
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "sizing=big"))
                .hasMessage("sizing must be one of fixed|percent|atr-risk (got 'big')");
    }

    @Test
    void malformedOrRepeatedPairsAreRejected() {
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "fast"))
                .hasMessage("expected name=value, got 'fast'");
        assertThatThrownBy(() -> StrategyParameters.parse(SPECS, "fast=5 fast=6"))
                .hasMessage("fast is given more than once");
    }

    @Test
    void askingForAValueOfTheWrongTypeOrAnUnknownNameFails() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "");

        assertThatThrownBy(() -> parameters.decimal("fast")).hasMessage("fast is not a decimal parameter");
        assertThatThrownBy(() -> parameters.integer("missing")).hasMessage("no parameter 'missing'");
    }

    @Test
    void crossParameterRuleShowsTheValuesInvolved() {
        StrategyParameters parameters = StrategyParameters.parse(SPECS, "fast=30 slow=10");

        assertThatThrownBy(() -> ParameterRule.greaterThan("slow", "fast").check(parameters))
                .hasMessage("slow must be greater than fast (got fast=30 slow=10)");
    }

    private static final List<ParameterSpec> WITH_TEXT = List.of(
            ParameterSpec.text("entry", "close > 1", "when to buy"),
            ParameterSpec.integer("quantity", 100, 1, 1000, "shares"));

    @Test
    void aTextValueWithBlanksSurvivesTheCanonicalTextForm() {
        StrategyParameters parameters = StrategyParameters.of(WITH_TEXT,
                Map.of("entry", "crosses_above(sma(close, 10), sma(close, 30)) and rsi(close, 14) < 70"));

        assertThat(parameters.toString()).isEqualTo(
                "entry=\"crosses_above(sma(close, 10), sma(close, 30)) and rsi(close, 14) < 70\" quantity=100");
        assertThat(StrategyParameters.parse(WITH_TEXT, parameters.toString())).isEqualTo(parameters);
        assertThat(StrategyParameters.parse(WITH_TEXT, parameters.toString()).text("entry"))
                .isEqualTo("crosses_above(sma(close, 10), sma(close, 30)) and rsi(close, 14) < 70");
    }

    @Test
    void anUnclosedQuoteIsRejected() {
        assertThatThrownBy(() -> StrategyParameters.parse(WITH_TEXT, "entry=\"close > 1 quantity=5"))
                .hasMessageContaining("double quote is not closed");
    }

    @Test
    void aTextValueCannotHoldADoubleQuote() {
        assertThatThrownBy(() -> StrategyParameters.of(WITH_TEXT, Map.of("entry", "a\"b")))
                .hasMessageContaining("entry must not hold a double quote");
    }
}
