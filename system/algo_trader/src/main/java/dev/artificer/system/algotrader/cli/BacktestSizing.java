package dev.artificer.system.algotrader.cli;

import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The backtests' default position size: {@value #PERCENT} % of equity shared by the symbols of the run ({@code
 * sizing=percent percent=95} for one symbol, {@code percent=47.5} each for two), so that a strategy is compared with
 * buy-and-hold (100 % invested) at nearly the same stake; the 5 % left covers commission, slippage and a gap up to the
 * next open, which would otherwise make the order unaffordable.
 * It applies when a strategy takes the built-in sizing parameters, still has their {@code sizing=fixed} default
 * (a rules file that sets another keeps it) and none was given. Giving only {@code quantity}, {@code percent} or
 * {@code risk} implies {@code sizing=fixed}, {@code percent} or {@code atr-risk}.
 */
final class BacktestSizing {

    /** Percent of equity invested by default, shared by the run's symbols. */
    static final double PERCENT = 95;

    private static final Map<String, String> IMPLIED = Map.of("quantity", "fixed", "percent", "percent", "risk", "atr-risk");

    private BacktestSizing() {
    }

    /**
     * The parameters with the backtests' sizing filled in.
     *
     * @param definition the strategy
     * @param given      the parameters given
     * @param symbols    how many symbols the run trades (at least 1)
     * @return the given ones, plus {@code sizing} (and {@code percent}) when the rules above call for them
     */
    static Map<String, String> withDefault(StrategyDefinition definition, Map<String, String> given, int symbols) {
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
            filled.put("percent", percentEach(symbols));
        }
        return filled;
    }

    private static String percentEach(int symbols) {
        return BigDecimal.valueOf(PERCENT / Math.max(1, symbols)).setScale(2, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString();
    }
}
