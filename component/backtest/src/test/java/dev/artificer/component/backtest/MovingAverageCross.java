package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test strategy written without the indicator core: long {@code quantity} shares while the simple average of the
 * last {@code fast} closes is above that of the last {@code slow}, flat otherwise. Averages are summed afresh each
 * bar, so the engine's tests do not depend on the built-in strategies.
 */
public final class MovingAverageCross implements Strategy {

    private final int fast;
    private final int slow;
    private final long quantity;
    private final Map<Symbol, List<Double>> closes = new HashMap<>();

    /**
     * Creates the strategy.
     *
     * @param fast     the short window
     * @param slow     the long window
     * @param quantity shares held while long
     * @throws IllegalArgumentException when slow is not greater than fast
     */
    public MovingAverageCross(int fast, int slow, long quantity) {
        if (slow <= fast) {
            throw new IllegalArgumentException("slow must be greater than fast");
        }
        this.fast = fast;
        this.slow = slow;
        this.quantity = quantity;
    }

    @Override
    public String name() {
        return "test-ma-cross fast=" + fast + " slow=" + slow + " quantity=" + quantity;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        List<Double> history = closes.computeIfAbsent(bar.symbol(), symbol -> new ArrayList<>());
        history.add(bar.close());
        if (history.size() < slow) {
            return;
        }
        context.targetPosition(bar.symbol(), average(history, fast) > average(history, slow) ? quantity : 0);
    }

    private static double average(List<Double> history, int window) {
        double sum = 0;
        for (int index = history.size() - window; index < history.size(); index++) {
            sum += history.get(index);
        }
        return sum / window;
    }
}
