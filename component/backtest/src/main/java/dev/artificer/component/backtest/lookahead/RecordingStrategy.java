package dev.artificer.component.backtest.lookahead;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;

/** Runs a strategy unchanged and records every order it places, with the bar it reacted to. */
final class RecordingStrategy implements Strategy, StrategyContext {

    private final Strategy strategy;
    private final List<Decision> decisions = new ArrayList<>();
    private StrategyContext context;
    private Bar bar;

    RecordingStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    List<Decision> decisions() {
        return decisions;
    }

    @Override
    public String name() {
        return strategy.name();
    }

    @Override
    public void prepare(List<Bar> history) {
        strategy.prepare(history);
    }

    @Override
    public void onBar(Bar current, StrategyContext actual) {
        this.bar = current;
        this.context = actual;
        strategy.onBar(current, this);
    }

    @Override
    public String place(Order order) {
        decisions.add(new Decision(bar.start(), order));
        return context.place(order);
    }

    @Override
    public long position(Symbol symbol) {
        return context.position(symbol);
    }

    @Override
    public double cash() {
        return context.cash();
    }

    @Override
    public double equity() {
        return context.equity();
    }

    @Override
    public void cancel(String orderId) {
        context.cancel(orderId);
    }

    @Override
    public void cancelAll(Symbol symbol) {
        context.cancelAll(symbol);
    }

    @Override
    public List<Order> openOrders(Symbol symbol) {
        return context.openOrders(symbol);
    }
}
