package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.ParameterRange;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.ParameterSpace;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.component.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the optimising commands share: the strategy, the parameter ranges ({@code fast=5..20:5 slow=30,40,50}), grid
 * or random search, the metric to rank by and the threads.
 */
public class SearchOptions {

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy (see the `strategies` command), e.g. sma-cross.")
    private String strategy;

    @Parameters(paramLabel = "NAME=RANGE", description = "Parameter ranges: fast=5..20:5 (from..to:step), slow=30,40,50 "
            + "(list) or sizing=percent (one value). Parameters not named keep their defaults.")
    private List<String> ranges = new ArrayList<>();

    @Option(names = "--metric", defaultValue = "sharpe", description = "Metric to rank by (default ${DEFAULT-VALUE}); "
            + "one of total_return, cagr, sharpe, sortino, calmar, max_drawdown, profit_factor, expectancy, win_rate, ...")
    private String metric;

    @Option(names = "--search", defaultValue = "grid", description = "grid (every combination, default) or random.")
    private String search;

    @Option(names = "--samples", defaultValue = "100", description = "Combinations a random search tries (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Random search seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Backtests at once (default: every core).")
    private Integer threads;

    /**
     * The chosen strategy.
     *
     * @param registry the known strategies
     * @return its definition
     * @throws UsageException listing the known names
     */
    StrategyDefinition definition(StrategyRegistry registry) {
        return StrategyOptions.find(registry, strategy);
    }

    /**
     * The combinations to try.
     *
     * @param definition the strategy, whose parameter names the ranges must use
     * @return grid or random combinations
     * @throws UsageException naming a malformed range or an unknown parameter
     */
    List<Map<String, String>> combinations(StrategyDefinition definition) {
        try {
            List<ParameterRange> parsed = ranges.stream().map(range -> parse(range, definition)).toList();
            List<String> known = definition.parameters().stream().map(ParameterSpec::name).toList();
            for (ParameterRange range : parsed) {
                if (!known.contains(range.name())) {
                    throw new IllegalArgumentException(definition.name() + " has no parameter '" + range.name()
                            + "'; its parameters are " + String.join(", ", known));
                }
            }
            ParameterSpace space = new ParameterSpace(parsed);
            return switch (search) {
                case "grid" -> space.grid();
                case "random" -> space.random(samples, seed);
                default -> throw new IllegalArgumentException("--search must be grid or random (got '" + search + "')");
            };
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }

    /** A text parameter (a rule) is one value, commas and all; the others are ranges or lists. */
    private static ParameterRange parse(String range, StrategyDefinition definition) {
        int equals = range.indexOf('=');
        boolean text = equals > 0 && definition.parameters().stream().anyMatch(spec -> spec.type()
                == ParameterSpec.Type.TEXT && spec.name().equals(range.substring(0, equals)));
        return text ? new ParameterRange(range.substring(0, equals), List.of(range.substring(equals + 1)))
                : ParameterRange.parse(range);
    }

    /**
     * How the combinations were chosen, for the report.
     *
     * @param count the combinations tried
     * @return e.g. {@code grid of 20 combinations} or {@code random sample of 50 combinations (seed 1)}
     */
    String describe(int count) {
        return search.equals("random") ? "random sample of " + count + " combinations (seed " + seed + ")"
                : "grid of " + count + " combinations";
    }

    /**
     * The ranges as given, for the stored run.
     *
     * @return e.g. {@code fast=5..20:5 slow=30,40}
     */
    String rangesText() {
        return String.join(" ", ranges);
    }

    /**
     * Whether any combination sells short.
     *
     * @return true when a range gives {@code short=true}
     */
    boolean shorts() {
        return ranges.stream().map(ParameterRange::parse)
                .anyMatch(range -> range.name().equals("short") && range.values().contains("true"));
    }

    /**
     * The ranking.
     *
     * @return the metric and its direction
     * @throws UsageException listing the metrics when it is not one
     */
    Ranking ranking() {
        if (!PerformanceMetrics.keys().contains(metric)) {
            throw new UsageException("unknown metric '" + metric + "': the metrics are "
                    + String.join(", ", PerformanceMetrics.keys()), null);
        }
        return Ranking.by(metric);
    }

    /**
     * The search over an engine.
     *
     * @param engine       the engine every run uses
     * @param riskFreeRate the annual risk-free rate of the Sharpe and Sortino ratios
     * @return the search
     */
    ParameterSearch search(BacktestEngine engine, double riskFreeRate) {
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1) {
            throw new UsageException("--threads must be 1 or more (got " + pool + ")", null);
        }
        return new ParameterSearch(engine, result -> PerformanceMetrics.of(result, riskFreeRate).asMap(), pool);
    }

    /**
     * Makes strategies of the chosen definition from combinations, with the backtests' sizing ({@link BacktestSizing}).
     *
     * @param definition the strategy
     * @param symbols    how many symbols the runs trade
     * @return the factory
     */
    static StrategyFactory factory(StrategyDefinition definition, int symbols) {
        return combination -> definition.create(parameters(definition, combination, symbols));
    }

    /**
     * A combination's checked parameters, with the backtests' sizing ({@link BacktestSizing}).
     *
     * @param definition  the strategy
     * @param combination the searched values
     * @param symbols     how many symbols the runs trade
     * @return the parameters
     */
    static StrategyParameters parameters(StrategyDefinition definition, Map<String, String> combination, int symbols) {
        return definition.parse(BacktestSizing.withDefault(definition, combination, symbols));
    }
}
