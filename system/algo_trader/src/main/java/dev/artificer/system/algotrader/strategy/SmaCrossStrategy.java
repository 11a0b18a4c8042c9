package dev.artificer.system.algotrader.strategy;

import dev.artificer.component.indicators.Sma;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import java.util.HashMap;
import java.util.Map;

/**
 * Goes long a fixed quantity when the fast simple moving average of the close crosses above the slow one, and
 * flat when it crosses below. One pair of streaming averages per symbol.
 */
public final class SmaCrossStrategy implements Strategy {

    private final int fast;
    private final int slow;
    private final long quantity;
    private final Map<Symbol, Averages> bySymbol = new HashMap<>();

    /** The two averages of one symbol and whether fast was above slow at the previous bar. */
    private static final class Averages {
        private final Sma fast;
        private final Sma slow;
        private Boolean fastAbove;

        Averages(int fast, int slow) {
            this.fast = new Sma(fast);
            this.slow = new Sma(slow);
        }
    }

    /**
     * Creates the strategy.
     *
     * @param fast     period of the fast average, at least 2
     * @param slow     period of the slow average, greater than fast
     * @param quantity shares to hold when long, positive
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public SmaCrossStrategy(int fast, int slow, long quantity) {
        if (fast < 2) {
            throw new IllegalArgumentException("fast must be 2 or more (got " + fast + ")");
        }
        if (slow <= fast) {
            throw new IllegalArgumentException("slow must be greater than fast (got fast=" + fast + ", slow=" + slow + ")");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be 1 or more (got " + quantity + ")");
        }
        this.fast = fast;
        this.slow = slow;
        this.quantity = quantity;
    }

    @Override
    public String name() {
        return "sma-cross fast=" + fast + " slow=" + slow + " quantity=" + quantity;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        Averages averages = bySymbol.computeIfAbsent(bar.symbol(), symbol -> new Averages(fast, slow));
        double fastValue = averages.fast.update(bar.close());
        double slowValue = averages.slow.update(bar.close());
        if (!averages.slow.isReady()) {
            return;
        }
        boolean fastAbove = fastValue > slowValue;
        boolean crossed = averages.fastAbove != null && averages.fastAbove != fastAbove;
        averages.fastAbove = fastAbove;
        long held = context.position(bar.symbol());
        if (crossed && fastAbove && held < quantity) {
            context.buy(bar.symbol(), quantity - held);
        } else if (crossed && !fastAbove && held > 0) {
            context.sell(bar.symbol(), held);
        }
    }
}
