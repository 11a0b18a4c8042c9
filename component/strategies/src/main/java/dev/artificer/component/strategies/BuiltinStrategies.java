package dev.artificer.component.strategies;

import dev.artificer.component.indicators.MovingAverageType;
import dev.artificer.component.strategy.ParameterRule;
import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.component.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in strategies: moving-average and MACD crossovers, RSI and Bollinger mean reversion, Bollinger and
 * Donchian breakouts, and {@code rules} (entry and exit conditions written as expressions, {@link RuleStrategies}).
 * Each takes its own parameters followed by the common ones of {@link Trading} (sizing, and {@code short} for the
 * crossovers).
 */
public final class BuiltinStrategies {

    private BuiltinStrategies() {
    }

    /**
     * A registry of every built-in strategy.
     *
     * @return the registry
     */
    public static StrategyRegistry registry() {
        return new StrategyRegistry(definitions());
    }

    /**
     * Every built-in strategy, in the order to list them.
     *
     * @return the definitions
     */
    public static List<StrategyDefinition> definitions() {
        return List.of(
                define("sma-cross", "Long when the fast SMA of the close crosses above the slow one; flat (or short) "
                        + "when it crosses below.", List.of(
                        ParameterSpec.integer("fast", 10, 2, 1000, "fast SMA period"),
                        ParameterSpec.integer("slow", 30, 3, 5000, "slow SMA period")),
                        List.of(ParameterRule.greaterThan("slow", "fast")), Kind.SHORTABLE,
                        values -> Rules.smaCross(values.integer("fast"), values.integer("slow"))),
                define("ema-cross", "Long when the fast EMA of the close crosses above the slow one; flat (or short) "
                        + "when it crosses below.", List.of(
                        ParameterSpec.integer("fast", 12, 2, 1000, "fast EMA period"),
                        ParameterSpec.integer("slow", 26, 3, 5000, "slow EMA period")),
                        List.of(ParameterRule.greaterThan("slow", "fast")), Kind.SHORTABLE,
                        values -> Rules.movingAverageCross(MovingAverageType.EMA, values.integer("fast"),
                                values.integer("slow"))),
                define("macd-cross", "Long when the MACD line crosses above its signal line; flat (or short) when it "
                        + "crosses below.", List.of(
                        ParameterSpec.integer("fast", 12, 2, 1000, "fast EMA period"),
                        ParameterSpec.integer("slow", 26, 3, 5000, "slow EMA period"),
                        ParameterSpec.integer("signal", 9, 2, 1000, "signal EMA period")),
                        List.of(ParameterRule.greaterThan("slow", "fast")), Kind.SHORTABLE,
                        values -> Rules.macdCross(values.integer("fast"), values.integer("slow"),
                                values.integer("signal"))),
                define("rsi-reversion", "Long when the RSI falls below lower; flat when it rises above upper (use "
                        + "upper=50 to exit at the midline).", List.of(
                        ParameterSpec.integer("period", 14, 2, 1000, "RSI period"),
                        ParameterSpec.decimal("lower", 30, 0, 100, "buy when the RSI is below this"),
                        ParameterSpec.decimal("upper", 70, 0, 100, "sell when the RSI is above this")),
                        List.of(ParameterRule.greaterThan("upper", "lower")), Kind.LONG_ONLY,
                        values -> Rules.rsiReversion(values.integer("period"), values.decimal("lower"),
                                values.decimal("upper"))),
                define("bollinger-reversion", "Long when the close falls below the lower Bollinger band; flat when it "
                        + "is back at the middle band.", bands(), List.of(), Kind.LONG_ONLY,
                        values -> Rules.bollingerReversion(values.integer("period"), values.decimal("deviations"))),
                define("bollinger-breakout", "Long when the close rises above the upper Bollinger band; flat when it "
                        + "falls below the middle band.", bands(), List.of(), Kind.LONG_ONLY,
                        values -> Rules.bollingerBreakout(values.integer("period"), values.decimal("deviations"))),
                define("donchian-breakout", "Long when the close rises above the previous entry-bar high; flat when it "
                        + "falls below the previous exit-bar low; a protective sell stop at entry - stop x ATR.",
                        List.of(ParameterSpec.integer("entry", 20, 2, 1000, "bars of the breakout high"),
                                ParameterSpec.integer("exit", 10, 2, 1000, "bars of the exit low")),
                        List.of(), Kind.PROTECTIVE_STOP,
                        values -> Rules.donchianBreakout(values.integer("entry"), values.integer("exit"))),
                RuleStrategies.builtin());
    }

    /** What a built-in may do beyond entering and leaving a long position. */
    private enum Kind {
        LONG_ONLY, SHORTABLE, PROTECTIVE_STOP
    }

    private static List<ParameterSpec> bands() {
        return List.of(ParameterSpec.integer("period", 20, 2, 1000, "band period (SMA and standard deviation)"),
                ParameterSpec.decimal("deviations", 2, 0.1, 10, "band width in standard deviations"));
    }

    private static StrategyDefinition define(String name, String description, List<ParameterSpec> own,
                                             List<ParameterRule> rules, Kind kind,
                                             Function<StrategyParameters, SignalRule> rule) {
        boolean shortable = kind == Kind.SHORTABLE;
        List<ParameterSpec> parameters = new ArrayList<>(own);
        parameters.addAll(Trading.specs(shortable));
        return new StrategyDefinition(name, description, parameters, rules, values -> new RuleStrategy(
                name + " " + values, () -> rule.apply(values), new Trading(values, shortable,
                kind == Kind.PROTECTIVE_STOP)));
    }
}
