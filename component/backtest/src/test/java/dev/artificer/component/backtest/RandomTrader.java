package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.Random;

/**
 * A seeded random strategy for invariant tests: now and then it targets a random position, sends a market order, or
 * rests a limit or stop order around the close (sometimes as a one-cancels-other pair), and sometimes cancels
 * everything. The same seed makes the same decisions on the same bars.
 */
final class RandomTrader implements Strategy {

    private final Random random;
    private final boolean shorts;
    private final String name;

    RandomTrader(long seed, boolean shorts) {
        this.random = new Random(seed);
        this.shorts = shorts;
        this.name = "random seed=" + seed + (shorts ? " shorts" : "");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        int action = random.nextInt(10);
        long quantity = 1 + random.nextInt(60);
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        double away = Math.round(bar.close() * (0.9 + 0.2 * random.nextDouble()) * 100) / 100.0;
        switch (action) {
            case 0 -> context.targetPosition(bar.symbol(), shorts ? quantity - 30 : quantity);
            case 1 -> context.targetPosition(bar.symbol(), 0);
            case 2 -> context.place(Order.market(bar.symbol(), side, quantity));
            case 3 -> context.place(Order.limit(bar.symbol(), side, quantity, away));
            case 4 -> context.place(Order.stop(bar.symbol(), side, quantity, away));
            case 5 -> {
                context.place(Order.limit(bar.symbol(), side, quantity, away).oneCancelsOther("g" + bar.start()));
                context.place(Order.stop(bar.symbol(), side, quantity, 2 * bar.close() - away)
                        .oneCancelsOther("g" + bar.start()));
            }
            case 6 -> context.cancelAll(bar.symbol());
            default -> {
            }
        }
    }
}
