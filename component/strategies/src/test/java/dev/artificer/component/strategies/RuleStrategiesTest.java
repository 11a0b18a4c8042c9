package dev.artificer.component.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.market.Bar;
import dev.artificer.component.strategies.rules.RulesFile;
import dev.artificer.component.strategy.StrategyDefinition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rule strategies against the built-ins written in Java: the same logic must give the same fills. */
class RuleStrategiesTest {

    private static final BacktestSettings SETTINGS = BacktestSettings.withoutCosts(100_000);

    private static BacktestResult run(String strategy, String parameters, List<Bar> bars) {
        return new BacktestEngine(SETTINGS).run(BuiltinStrategies.registry().create(strategy, parameters), bars);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void theDefaultRulesTradeExactlyAsSmaCrossDoes(long seed) {
        List<Bar> bars = RandomBars.walk(seed, 2_000);

        BacktestResult rules = run("rules", "", bars);
        BacktestResult builtin = run("sma-cross", "", bars);

        assertThat(builtin.fills()).as("seed %d", seed).hasSizeGreaterThan(10);
        assertThat(rules.fills()).as("seed %d", seed).isEqualTo(builtin.fills());
        assertThat(rules.finalEquity()).isEqualTo(builtin.finalEquity());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void anRsiReversionWrittenAsRulesTradesAsTheBuiltInDoes(long seed) {
        List<Bar> bars = RandomBars.walk(seed, 2_000);

        BacktestResult rules = run("rules", "entry=\"rsi(close, 14) < 30\" exit=\"rsi(close, 14) > 70\""
                + " sizing=percent percent=20", bars);
        BacktestResult builtin = run("rsi-reversion", "period=14 lower=30 upper=70 sizing=percent percent=20", bars);

        assertThat(builtin.fills()).as("seed %d", seed).isNotEmpty();
        assertThat(rules.fills()).as("seed %d", seed).isEqualTo(builtin.fills());
    }

    @Test
    void aBadEntryIsRefusedWhenTheStrategyIsMadeNamingTheColumn() {
        assertThatThrownBy(() -> BuiltinStrategies.registry().create("rules", "entry=\"smaa(close, 10) > 1\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules: entry: column 1: unknown function 'smaa'");
    }

    @Test
    void aBadEntryIsRefusedAlreadyWhenTheParametersAreChecked() {
        assertThatThrownBy(() -> BuiltinStrategies.registry().find("rules")
                .parse(java.util.Map.of("entry", "close >")))
                .hasMessageStartingWith("rules: entry: column 8: expected a number");
    }

    @Test
    void aFileParameterValueTheRulesCannotUseIsRefusedWhenTheParametersAreChecked() {
        StrategyDefinition fromFile = RuleStrategies.fromFile(RulesFile.parse("p.rules", """
                param n = 10 (1..100)
                entry: close > sma(close, n)
                exit: close < sma(close, n)
                """));

        assertThatThrownBy(() -> fromFile.parse("n=1")).hasMessageContaining("p: entry: column").hasMessageContaining("period");
    }

    @Test
    void aRulesFileWithParametersTradesAsSmaCrossWithTheSameNumbers() {
        StrategyDefinition fromFile = RuleStrategies.fromFile(RulesFile.parse("my-cross.rules", """
                # a moving-average cross, as sma-cross
                param fast = 10 (2..200) fast SMA period
                param slow = 30 (3..500)
                entry: crosses_above(sma(close, fast),
                         sma(close, slow))
                exit: crosses_below(sma(close, fast), sma(close, slow))
                set sizing = percent
                """));
        List<Bar> bars = RandomBars.walk(11, 2_000);

        BacktestResult rules = new BacktestEngine(SETTINGS).run(fromFile.create("fast=5 slow=20"), bars);
        BacktestResult builtin = run("sma-cross", "fast=5 slow=20 sizing=percent", bars);

        assertThat(builtin.fills()).hasSizeGreaterThan(10);
        assertThat(rules.fills()).isEqualTo(builtin.fills());
        assertThat(fromFile.parameters()).extracting(spec -> spec.name()).startsWith("fast", "slow", "sizing");
        assertThat(fromFile.defaults().choice("sizing")).isEqualTo("percent");
    }

    @Test
    void aRulesFileWhoseExitDoesNotCompileNamesItsLineAndColumn() {
        assertThatThrownBy(() -> RuleStrategies.fromFile(RulesFile.parse("bad.rules", """
                entry: close > 1
                # the exit is on line 3
                exit: close <
                """))).hasMessage("bad.rules:3: exit: column 8: expected a number, a name or '(', got the end");
    }

    @Test
    void setOfAnUnknownParameterIsRefused() {
        assertThatThrownBy(() -> RuleStrategies.fromFile(RulesFile.parse("bad.rules", """
                entry: close > 1
                exit: close < 1
                set sizzling = percent
                """))).hasMessageContaining("set sizzling: there is no such parameter");
    }

    @Test
    void whenEntryAndExitHoldOnOneBarTheExitWins() {
        List<Bar> bars = RandomBars.walk(5, 300);

        BacktestResult result = run("rules", "entry=\"close > 0\" exit=\"close > 0\"", bars);

        assertThat(result.fills()).isEmpty();
    }
}
