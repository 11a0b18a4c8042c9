package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.ReportsIndicators;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context of the bar a strategy trades on: positions, cash and equity from the broker, open orders from the
 * journal, and every order it places becomes a {@link Decision} for the desk.
 */
final class DeskContext implements StrategyContext {

    private final TradingDesk desk;
    private final OrderBook book;
    private final Assignment assignment;
    private final String journaledAs;
    private final Strategy strategy;
    private final Bar bar;
    private final AccountSnapshot account;
    private final Clock clock;
    private final CycleReport report;
    private int placed;

    DeskContext(TradingDesk desk, OrderBook book, Assignment assignment, String journaledAs, Strategy strategy, Bar bar,
                AccountSnapshot account, Clock clock, CycleReport report) {
        this.desk = desk;
        this.book = book;
        this.assignment = assignment;
        this.journaledAs = journaledAs;
        this.strategy = strategy;
        this.bar = bar;
        this.account = account;
        this.clock = clock;
        this.report = report;
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
        String key = ClientKeys.of(assignment, bar, ++placed);
        Decision decision = new Decision(key, clock.instant(), assignment.timeframe(), journaledAs, order,
                bar.start(), bar.close(), reason(order), indicators(order.symbol()));
        report.count(desk.submit(decision));
        return key;
    }

    @Override
    public void cancel(String orderId) {
        book.cancel(orderId);
    }

    @Override
    public void cancelAll(Symbol symbol) {
        book.cancelAll(symbol);
    }

    @Override
    public List<Order> openOrders(Symbol symbol) {
        return book.openOrders(symbol);
    }

    private String reason(Order order) {
        return String.format(Locale.ROOT, "%s on the %s %s bar of %s (close %.4f)", strategy.name(),
                assignment.symbol(), assignment.timeframe(), bar.start(), bar.close())
                + (order.symbol().equals(bar.symbol()) ? "" : " for " + order.symbol());
    }

    private Map<String, Double> indicators(Symbol symbol) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("close", bar.close());
        if (strategy instanceof ReportsIndicators reporting) {
            values.putAll(reporting.indicatorValues(symbol));
        }
        return values;
    }
}
