package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.ReportsIndicators;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test strategy that buys a fixed quantity on every bar it sees and remembers every bar. */
final class BuyEveryBar implements Strategy, ReportsIndicators {

    private final long quantity;
    final List<Bar> seen = new ArrayList<>();

    BuyEveryBar(long quantity) {
        this.quantity = quantity;
    }

    @Override
    public String name() {
        return "buy-every-bar quantity=" + quantity;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        seen.add(bar);
        context.buy(bar.symbol(), quantity);
    }

    @Override
    public Map<String, Double> indicatorValues(Symbol symbol) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("bars", (double) seen.size());
        return values;
    }
}
