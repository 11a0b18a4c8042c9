package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.SymbolBook.OpenOrder;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backtest's account and order book: the strategy's context during a run. Fills follow {@link FillRules};
 * within a bar, market orders fill first (at the open), then triggered stops, then triggered limits, so that when a
 * stop and a target could both fill in one bar the worse one (the stop) fills and cancels its one-cancels-other
 * sibling.
 */
final class SimulatedAccount implements StrategyContext {

    private final BacktestSettings settings;
    private final Holdings holdings;
    private final List<Fill> fills = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final EquityCurve.Builder curve;
    private final Opening opening;
    private double startEquity;
    private long nextOrderId;

    /**
     * An account for a run over {@code times} distinct bar start times (one equity point each), starting in the
     * opening's state: its lots make the positions, its marks value them, its orders wait for the first bar that
     * trades.
     */
    SimulatedAccount(BacktestSettings settings, int times, Opening opening) {
        this.settings = settings;
        this.curve = new EquityCurve.Builder(times);
        this.opening = opening;
        this.holdings = new Holdings(opening);
        this.startEquity = holdings.equity();
    }

    /**
     * Shows a bar before the run trades: the strategy sees it and the account is marked to it, but the orders the
     * strategy places are dropped and nothing is recorded.
     */
    void warmUp(SymbolBook book, Bar bar, Strategy strategy) {
        book.bars++;
        close(book, bar);
        strategy.onBar(bar, this);
        holdings.books().forEach(each -> each.orders.clear());
    }

    /**
     * Ends the warm-up before the first bar that trades: the equity there is the run's start, and the opening's
     * working orders go into the books.
     */
    void startTrading() {
        startEquity = holdings.equity();
        for (Order order : opening.orders()) {
            SymbolBook book = book(order.symbol());
            book.orders.add(new OpenOrder("bt-" + ++nextOrderId, order, book.bars));
        }
    }

    SymbolBook book(Symbol symbol) {
        return holdings.book(symbol);
    }

    /** Starts a bar: counts it and fills the orders placed before it that its range reaches. */
    void open(SymbolBook book, Bar bar) {
        book.bars++;
        if (Double.isNaN(book.firstOpen)) {
            book.firstOpen = bar.open();
        }
        if (book.orders.isEmpty()) {
            return;
        }
        fillMarketOrders(book, bar, bar.open(), book.bars);
        fillResting(book, bar, OrderType.STOP);
        fillResting(book, bar, OrderType.LIMIT);
    }

    /** Marks the symbol to the bar's close. */
    void close(SymbolBook book, Bar bar) {
        holdings.mark(book, bar.close());
    }

    /**
     * Fills the market orders placed during this bar at its close (the optimistic setting), then marks the position
     * to that close again, so that the slippage shows in this bar's equity.
     */
    void fillAtClose(SymbolBook book, Bar bar) {
        if (!book.orders.isEmpty()) {
            fillMarketOrders(book, bar, bar.close(), book.bars + 1);
            close(book, bar);
        }
    }

    void recordEquity(Bar bar) {
        curve.record(bar.start().toEpochMilli(), holdings.equity(), holdings.gross(),
                holdings.invested());
    }

    BacktestResult result(String strategy, List<Bar> bars) {
        double benchmark = holdings.books().stream().filter(book -> !Double.isNaN(book.firstOpen))
                .mapToDouble(SymbolBook::buyAndHoldReturn).average().orElse(0);
        Map<Symbol, Long> positions = new LinkedHashMap<>();
        Map<Symbol, Double> marks = new LinkedHashMap<>();
        holdings.books().stream().filter(book -> book.position != 0).forEach(book -> {
            positions.put(book.symbol, book.position);
            marks.put(book.symbol, book.mark);
        });
        return new BacktestResult(strategy, bars.isEmpty() ? null : bars.getFirst().timeframe(), startEquity,
                fills, rejections, curve.build(), holdings.cash(), positions, benchmark, opening, marks, working());
    }

    private List<Order> working() {
        List<Order> working = new ArrayList<>();
        holdings.books().forEach(book -> book.orders.forEach(open -> working.add(open.order())));
        return working;
    }

    private void fillMarketOrders(SymbolBook book, Bar bar, double reference, long eligibleBefore) {
        List<OpenOrder> orders = book.orders;
        int index = 0;
        while (index < orders.size()) {
            OpenOrder open = orders.get(index);
            if (open.order().type() == OrderType.MARKET && open.placedAtBar() < eligibleBefore) {
                orders.remove(index);
                execute(book, open.order(), bar.start(), settings.slippage().fillPrice(open.order().side(), reference));
            } else {
                index++;
            }
        }
    }

    private void fillResting(SymbolBook book, Bar bar, OrderType type) {
        for (int index = 0; index < book.orders.size(); index++) {
            OpenOrder open = book.orders.get(index);
            Order order = open.order();
            if (order.type() != type || open.placedAtBar() >= book.bars) {
                continue;
            }
            double price = type == OrderType.STOP ? FillRules.stopPrice(order, bar) : FillRules.limitPrice(order, bar);
            if (Double.isNaN(price)) {
                continue;
            }
            book.orders.remove(index);
            double fillPrice = type == OrderType.STOP ? settings.slippage().fillPrice(order.side(), price) : price;
            if (execute(book, order, bar.start(), fillPrice) && order.ocoGroup() != null) {
                cancelGroup(book, order.ocoGroup());
            }
            index = -1;
        }
    }

    private static void cancelGroup(SymbolBook book, String group) {
        book.orders.removeIf(open -> group.equals(open.order().ocoGroup()));
    }

    private boolean execute(SymbolBook book, Order order, Instant time, double price) {
        long before = book.position;
        long after = before + order.signedQuantity();
        if (after < 0 && after < before && !settings.allowShort()) {
            return reject(time, order, "short selling is not enabled");
        }
        double commission = settings.commission().commission(order.quantity(), price);
        double cashAfter = holdings.cashAfter(order.signedQuantity(), price, commission);
        double equityAfter = holdings.equityAfter(book, after, price, cashAfter);
        double grossAfter = holdings.grossAfter(book, after, price);
        boolean grows = Math.abs(after) > Math.abs(before);
        if (grows && grossAfter > settings.margin() * equityAfter + 1e-9) {
            return reject(time, order, settings.margin() == 1 ? "cash does not cover it"
                    : "it needs more buying power than " + settings.margin() + "x equity");
        }
        holdings.settle(book, after, price, cashAfter);
        fills.add(new Fill(book.symbol, time, order.side(), order.quantity(), price, commission, order.type()));
        return true;
    }

    private boolean reject(Instant time, Order order, String reason) {
        rejections.add(new Rejection(time, order, reason));
        return false;
    }

    @Override
    public long position(Symbol symbol) {
        return book(symbol).position;
    }

    @Override
    public double cash() {
        return holdings.cash();
    }

    @Override
    public double equity() {
        return holdings.equity();
    }

    @Override
    public String place(Order order) {
        SymbolBook book = book(order.symbol());
        String id = "bt-" + ++nextOrderId;
        book.orders.add(new OpenOrder(id, order, book.bars));
        return id;
    }

    @Override
    public void cancel(String orderId) {
        for (SymbolBook book : holdings.books()) {
            if (book.orders.removeIf(open -> open.id().equals(orderId))) {
                return;
            }
        }
    }

    @Override
    public void cancelAll(Symbol symbol) {
        book(symbol).orders.clear();
    }

    @Override
    public List<Order> openOrders(Symbol symbol) {
        List<OpenOrder> orders = book(symbol).orders;
        return orders.isEmpty() ? List.of() : orders.stream().map(OpenOrder::order).toList();
    }
}
