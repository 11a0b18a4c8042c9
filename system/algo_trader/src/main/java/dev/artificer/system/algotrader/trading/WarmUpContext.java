package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.StrategyContext;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import java.util.List;

/**
 * The context of bars a strategy only learns from (warm-up history, and the older of several bars that arrived at
 * once): it sees the real account, and its orders go nowhere.
 */
final class WarmUpContext implements StrategyContext {

    private final AccountSnapshot account;
    private int ignored;

    WarmUpContext(AccountSnapshot account) {
        this.account = account;
    }

    @Override
    public long position(Symbol symbol) {
        return account.quantity(symbol);
    }

    @Override
    public double cash() {
        return account.cash();
    }

    @Override
    public double equity() {
        return account.equity();
    }

    @Override
    public String place(Order order) {
        return "warm-up-" + ++ignored;
    }

    @Override
    public void cancel(String orderId) {
    }

    @Override
    public void cancelAll(Symbol symbol) {
    }

    @Override
    public List<Order> openOrders(Symbol symbol) {
        return List.of();
    }
}
