package dev.artificer.component.strategy;

import dev.artificer.component.market.Symbol;
import java.util.Map;

/**
 * Optional for a {@link Strategy}: the indicator values it decides on, so that paper and live trading journal them
 * with each decision (a backtest ignores them).
 */
public interface ReportsIndicators {

    /**
     * The indicator values after the latest bar of a symbol.
     *
     * @param symbol the symbol
     * @return values by name, in a stable order; empty while nothing is known
     */
    Map<String, Double> indicatorValues(Symbol symbol);
}
