package dev.artificer.system.algotrader.userstrategy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The starter file {@code strategy new} writes: a commented strategy that compiles and runs as it is, and trades
 * exactly like the built-in it starts from.
 */
public final class StrategyTemplate {

    /** The built-ins a starter file can be made from. */
    public static final List<String> STARTS = List.of("sma-cross");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private StrategyTemplate() {
    }

    /**
     * Checks a strategy name.
     *
     * @param name e.g. {@code my-idea}
     * @throws IllegalArgumentException when it is not lower-case words joined by hyphens
     */
    public static void checkName(String name) {
        if (name.length() > 48 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a strategy name is lower-case letters and digits in words joined by "
                    + "hyphens, starting with a letter, at most 48 characters, e.g. my-idea (got '" + name + "')");
        }
    }

    /**
     * The Java class name for a strategy name.
     *
     * @param name e.g. {@code my-idea}
     * @return e.g. {@code MyIdea}
     */
    public static String className(String name) {
        StringBuilder className = new StringBuilder();
        for (String word : name.split("-")) {
            className.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return className.toString();
    }

    /**
     * The starter file.
     *
     * @param name the strategy's name, checked by {@link #checkName(String)}
     * @param from the built-in it starts from, one of {@link #STARTS}
     * @return the Java source
     * @throws IllegalArgumentException for a name or start not allowed
     */
    public static String source(String name, String from) {
        checkName(name);
        if (!STARTS.contains(from)) {
            throw new IllegalArgumentException("--from must be one of " + String.join(", ", STARTS) + " (got '" + from + "')");
        }
        return SMA_CROSS.replace("__CLASS__", className(name)).replace("__NAME__", name);
    }

    private static final String SMA_CROSS = """
            import dev.artificer.component.indicators.Sma;
            import dev.artificer.component.market.Bar;
            import dev.artificer.component.market.Symbol;
            import dev.artificer.component.strategy.ParameterRule;
            import dev.artificer.component.strategy.ParameterSpec;
            import dev.artificer.component.strategy.Strategy;
            import dev.artificer.component.strategy.StrategyContext;
            import dev.artificer.component.strategy.StrategyDefinition;
            import dev.artificer.component.strategy.StrategyParameters;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;

            /**
             * __NAME__: starts as the built-in sma-cross. Long when the fast simple moving average of the close crosses
             * above the slow one, flat when it crosses below. Edit onBar to try your own idea.
             *
             * Run it:   algo-trader backtest --strategy __NAME__ --symbol AAPL fast=10 slow=30
             * Search:   algo-trader optimize --strategy __NAME__ --symbol AAPL fast=5..15:5 slow=20,40
             * Trade it: algo-trader strategy assign AAPL --strategy __NAME__   (paper trading in the service)
             *
             * The file is compiled by algo-trader itself, against the strategy API only: the packages
             * dev.artificer.component.strategy, .market and .indicators, and the JDK. A strategy is code run with your
             * rights.
             */
            public final class __CLASS__ implements Strategy {

                /**
                 * What algo-trader registers: the strategy's name, a sentence for `strategies`, its typed parameters
                 * (name, default, smallest, largest, meaning), rules between them, and how to make one.
                 */
                public static StrategyDefinition definition() {
                    return new StrategyDefinition("__NAME__",
                            "Long when the fast SMA of the close crosses above the slow one; flat when it crosses below.",
                            List.of(ParameterSpec.integer("fast", 10, 2, 1000, "fast SMA period"),
                                    ParameterSpec.integer("slow", 30, 3, 5000, "slow SMA period"),
                                    ParameterSpec.integer("quantity", 100, 1, 100_000_000, "shares per position")),
                            List.of(ParameterRule.greaterThan("slow", "fast")),
                            __CLASS__::new);
                }

                private final String name;
                private final int fast;
                private final int slow;
                private final long quantity;
                /** One state per symbol: a strategy may be run on several symbols at once. */
                private final Map<Symbol, State> states = new HashMap<>();

                private __CLASS__(StrategyParameters parameters) {
                    this.name = "__NAME__ " + parameters;
                    this.fast = parameters.integer("fast");
                    this.slow = parameters.integer("slow");
                    this.quantity = parameters.integer("quantity");
                }

                /** The streaming averages of one symbol, and which side of the slow one the fast one was on. */
                private static final class State {
                    final Sma fast;
                    final Sma slow;
                    int side;

                    State(int fastPeriod, int slowPeriod) {
                        fast = new Sma(fastPeriod);
                        slow = new Sma(slowPeriod);
                    }
                }

                @Override
                public String name() {
                    return name;
                }

                /** Called once per closed bar, per symbol, in time order: decide here. */
                @Override
                public void onBar(Bar bar, StrategyContext context) {
                    State state = states.computeIfAbsent(bar.symbol(), symbol -> new State(fast, slow));
                    double fastAverage = state.fast.update(bar.close());
                    double slowAverage = state.slow.update(bar.close());
                    if (Double.isNaN(fastAverage) || Double.isNaN(slowAverage)) {
                        state.side = 0;
                        return;
                    }
                    int side = fastAverage > slowAverage ? 1 : -1;
                    boolean crossed = state.side != 0 && state.side != side;
                    state.side = side;
                    if (crossed) {
                        // Orders placed now fill from the next bar on (a market order at its open).
                        context.targetPosition(bar.symbol(), side > 0 ? quantity : 0);
                    }
                }
            }
            """;
}
