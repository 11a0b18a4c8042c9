package dev.artificer.system.algotrader.cli;

import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The backtests' default position size: {@value #PERCENT} % of equity per position ({@code sizing=percent
 * percent=95}), so that a strategy is compared with buy-and-hold (100 % invested) at nearly the same stake; the 5 %
 * left covers commission, slippage and a gap up to the next open, which would otherwise make the order unaffordable.
 * It applies when a strategy takes the built-in sizing parameters, still has their {@code sizing=fixed} default
 * (a rules file that sets another keeps it) and none was given. Giving only {@code quantity}, {@code percent} or
 * {@code risk} implies {@code sizing=fixed}, {@code percent} or {@code atr-risk}.
 */
final class BacktestSizing {

    /** Percent of equity per position by default. */
    static final String PERCENT = "95";

    private static final Map<String, String> IMPLIED = Map.of("quantity", "fixed", "percent", "percent", "risk", "atr-risk");

    private BacktestSizing() {
    }

    /**
     * The parameters with the backtests' sizing filled in.
     *
     * @param definition the strategy
     * @param given      the parameters given
     * @return the given ones, plus {@code sizing} (and {@code percent}) when the rules above call for them
     */
    static Map<String, String> withDefault(StrategyDefinition definition, Map<String, String> given) {
        Optional<ParameterSpec> sizing = definition.parameters().stream().filter(spec -> spec.name().equals("sizing")).findFirst();
        if (sizing.isEmpty() || given.containsKey("sizing") || !"fixed".equals(sizing.get().defaultValue())) {
            return given;
        }
        Map<String, String> filled = new LinkedHashMap<>(given);
        long named = IMPLIED.keySet().stream().filter(given::containsKey).count();
        if (named == 1) {
            IMPLIED.forEach((name, choice) -> {
                if (given.containsKey(name)) {
                    filled.put("sizing", choice);
                }
            });
        } else if (named == 0) {
            filled.put("sizing", "percent");
            filled.put("percent", PERCENT);
        }
        return filled;
    }
}
