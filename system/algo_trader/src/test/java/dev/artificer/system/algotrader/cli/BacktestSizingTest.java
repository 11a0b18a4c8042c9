package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestSizingTest {

    private static final StrategyDefinition SMA_CROSS = BuiltinStrategies.registry().find("sma-cross");

    private static StrategyParameters parsed(Map<String, String> given) {
        return SMA_CROSS.parse(BacktestSizing.withDefault(SMA_CROSS, given, 1));
    }

    @Test
    void withNoSizingGivenABuiltInInvestsNinetyFivePercentOfEquity() {
        StrategyParameters parameters = parsed(Map.of("fast", "5"));

        assertThat(parameters.choice("sizing")).isEqualTo("percent");
        assertThat(parameters.decimal("percent")).isEqualTo(95.0);
    }

    @Test
    void severalSymbolsShareTheNinetyFivePercent() {
        assertThat(SMA_CROSS.parse(BacktestSizing.withDefault(SMA_CROSS, Map.of(), 2)).decimal("percent")).isEqualTo(47.5);
        assertThat(BacktestSizing.withDefault(SMA_CROSS, Map.of(), 3)).containsEntry("percent", "31.66");
    }

    @Test
    void aQuantityAloneMeansFixedSizing() {
        StrategyParameters parameters = parsed(Map.of("quantity", "10"));

        assertThat(parameters.choice("sizing")).isEqualTo("fixed");
        assertThat(parameters.integer("quantity")).isEqualTo(10);
    }

    @Test
    void aPercentAloneIsThatPercent() {
        assertThat(parsed(Map.of("percent", "20")).decimal("percent")).isEqualTo(20.0);
    }

    @Test
    void aRiskAloneMeansAtrRiskSizing() {
        assertThat(parsed(Map.of("risk", "0.5")).choice("sizing")).isEqualTo("atr-risk");
    }

    @Test
    void aGivenSizingIsKept() {
        StrategyParameters parameters = parsed(Map.of("sizing", "fixed"));

        assertThat(parameters.choice("sizing")).isEqualTo("fixed");
        assertThat(parameters.integer("quantity")).isEqualTo(100);
    }

    @Test
    void aStrategyWhoseOwnDefaultIsNotFixedKeepsIt() {
        StrategyDefinition ownDefault = new StrategyDefinition("dips", "a rules file with set sizing = atr-risk",
                List.of(ParameterSpec.choice("sizing", "atr-risk", List.of("fixed", "percent", "atr-risk"), "sizing")),
                List.of(), SMA_CROSS.factory());

        assertThat(BacktestSizing.withDefault(ownDefault, Map.of(), 1)).isEmpty();
    }

    @Test
    void aStrategyWithoutTheSizingParametersGetsNone() {
        StrategyDefinition unsized = new StrategyDefinition("mine", "no sizing parameters",
                List.of(ParameterSpec.integer("quantity", 100, 1, 1000, "shares")), List.of(), SMA_CROSS.factory());

        assertThat(BacktestSizing.withDefault(unsized, Map.of(), 1)).isEmpty();
    }
}
