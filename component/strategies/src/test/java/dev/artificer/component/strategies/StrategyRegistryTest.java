package dev.artificer.component.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {

    private final StrategyRegistry registry = BuiltinStrategies.registry();

    @Test
    void listsEveryBuiltIn() {
        assertThat(registry.names()).containsExactly("sma-cross", "ema-cross", "macd-cross", "rsi-reversion",
                "bollinger-reversion", "bollinger-breakout", "donchian-breakout", "rules");
    }

    @Test
    void unknownStrategyListsTheNames() {
        assertThatThrownBy(() -> registry.find("magic")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown strategy 'magic': the strategies are: sma-cross, ema-cross, macd-cross, "
                        + "rsi-reversion, bollinger-reversion, bollinger-breakout, donchian-breakout, rules");
    }

    @Test
    void nameIsTheDefinitionNameAndTheCanonicalParameters() {
        assertThat(registry.create("sma-cross", "slow=30 fast=10").name()).isEqualTo("sma-cross fast=10 slow=30 "
                + "sizing=fixed quantity=100 percent=10 risk=1 atr=14 stop=2 short=false");
    }

    @Test
    void everyBuiltInCreatesWithItsDefaultsAndNamesItself() {
        for (StrategyDefinition definition : registry.definitions()) {
            assertThat(definition.create("").name()).isEqualTo(definition.identity(definition.defaults()))
                    .startsWith(definition.name() + " ");
        }
    }

    @Test
    void onlyTheCrossoversTakeShort() {
        assertThat(registry.definitions()).filteredOn(definition -> definition.parameters().stream()
                .anyMatch(parameter -> parameter.name().equals("short")))
                .extracting(StrategyDefinition::name).containsExactly("sma-cross", "ema-cross", "macd-cross");
    }

    @Test
    void identityRecreatesTheSameConfiguration() {
        Strategy strategy = registry.create("donchian-breakout", Map.of("entry", "55", "sizing", "atr-risk"));

        assertThat(registry.fromIdentity(strategy.name()).name()).isEqualTo(strategy.name());
    }

    @Test
    void everyCreateIsAFreshInstanceWithItsOwnState() {
        List<Bar> bars = Bars.closes(10, 9, 8, 7, 8, 10, 12, 11, 9, 7, 6, 6);
        StrategyDefinition smaCross = registry.find("sma-cross");
        Strategy first = smaCross.create("fast=2 slow=3");
        Strategy second = smaCross.create("fast=2 slow=3");
        BacktestResult firstRun = Bars.run("sma-cross", "fast=2 slow=3", bars);

        new BacktestEngine(BacktestSettings.withoutCosts(10_000)).run(first, bars);
        BacktestResult secondRun = new BacktestEngine(BacktestSettings.withoutCosts(10_000)).run(second, bars);

        assertThat(second).isNotSameAs(first);
        assertThat(secondRun.fills()).isEqualTo(firstRun.fills());
    }

    @Test
    void parameterErrorsStartWithTheStrategyAndNameTheParameter() {
        assertThatThrownBy(() -> registry.create("sma-cross", "fast=1"))
                .hasMessage("sma-cross: fast must be in 2..1000 (got 1)");
        assertThatThrownBy(() -> registry.create("sma-cross", "fast=30 slow=10"))
                .hasMessage("sma-cross: slow must be greater than fast (got fast=30 slow=10)");
        assertThatThrownBy(() -> registry.create("rsi-reversion", "lower=80"))
                .hasMessage("rsi-reversion: upper must be greater than lower (got lower=80 upper=70)");
        assertThatThrownBy(() -> registry.create("rsi-reversion", "short=true"))
                .hasMessageStartingWith("rsi-reversion: unknown parameter 'short'; the parameters are: period, lower,");
        assertThatThrownBy(() -> registry.create("donchian-breakout", "sizing=kelly"))
                .hasMessage("donchian-breakout: sizing must be one of fixed|percent|atr-risk (got 'kelly')");
    }

    @Test
    void parametersOfAnotherStrategyAreRefused() {
        StrategyDefinition emaCross = registry.find("ema-cross");

        assertThatThrownBy(() -> emaCross.create(registry.find("rsi-reversion").defaults()))
                .hasMessageStartingWith("ema-cross: the parameters are not this strategy's");
    }
}
