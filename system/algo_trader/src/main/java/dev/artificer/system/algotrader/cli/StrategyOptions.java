package dev.artificer.system.algotrader.cli;

import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import dev.artificer.component.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The strategy options a command shares: {@code --strategy NAME} with parameters as {@code --param k=v} or
 * positional {@code k=v}, and {@code --fast/--slow/--quantity} as shorthands.
 */
public class StrategyOptions {

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy (see the `strategies` command), e.g. sma-cross.")
    private String strategy;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A strategy parameter, e.g. --param fast=10 (repeatable).")
    private List<String> options = new ArrayList<>();

    @Parameters(paramLabel = "NAME=VALUE", description = "Strategy parameters, e.g. fast=10 slow=30.")
    private List<String> positional = new ArrayList<>();

    @Option(names = "--fast", paramLabel = "N", description = "Shorthand for fast=N.")
    private String fast;

    @Option(names = "--slow", paramLabel = "N", description = "Shorthand for slow=N.")
    private String slow;

    @Option(names = "--quantity", paramLabel = "N", description = "Shorthand for quantity=N.")
    private String quantity;

    /**
     * The chosen strategy.
     *
     * @param registry the known strategies
     * @return its definition
     * @throws UsageException listing the known names when there is none of that name
     */
    StrategyDefinition definition(StrategyRegistry registry) {
        return find(registry, strategy);
    }

    /**
     * A strategy by name, for every command that names one.
     *
     * @param registry the known strategies
     * @param name     the name given on the command line
     * @return its definition
     * @throws UsageException listing the known names when there is none of that name
     */
    static StrategyDefinition find(StrategyRegistry registry, String name) {
        try {
            return registry.find(name);
        } catch (IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage(), unknown);
        }
    }

    /**
     * Whether the chosen parameters sell short (the account must then allow it).
     *
     * @param parameters the checked parameters
     * @return true with {@code short=true}
     */
    static boolean sellsShort(StrategyParameters parameters) {
        return parameters.asMap().getOrDefault("short", "false").equals("true");
    }

    /**
     * The chosen strategy's parameters, checked.
     *
     * @param definition the chosen strategy
     * @param symbols    how many symbols the run trades, for the default sizing
     * @return the parameters, defaults filled in (the backtests' sizing: {@link BacktestSizing})
     * @throws UsageException naming the parameter and what it accepts
     */
    StrategyParameters parameters(StrategyDefinition definition, int symbols) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>(options);
        pairs.addAll(positional);
        try {
            for (String pair : pairs) {
                int equals = pair.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("expected a parameter as name=value, got '" + pair + "'");
                }
                given.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            shorthand(given, "fast", fast);
            shorthand(given, "slow", slow);
            shorthand(given, "quantity", quantity);
            return definition.parse(BacktestSizing.withDefault(definition, given, symbols));
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }

    private static void shorthand(Map<String, String> given, String name, String value) {
        if (value != null) {
            given.put(name, value);
        }
    }
}
