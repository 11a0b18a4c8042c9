package dev.artificer.system.algotrader.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.strategy.Strategy;
import dev.artificer.system.algotrader.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event-driven backtest over the bars of one or many symbols. Bars are replayed in time order; the strategy sees
 * each bar only after it closed, and its market orders fill at the NEXT bar's open of that symbol (or, when the
 * settings say so, optimistically at the signal bar's close), with slippage and commission. A buy the cash cannot
 * cover is refused, so cash never goes negative. One engine runs one backtest.
 */
public final class BacktestEngine {

    private final BacktestSettings settings;

    /**
     * Creates the engine.
     *
     * @param settings fills and costs
     */
    public BacktestEngine(BacktestSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs the strategy over the bars.
     *
     * @param strategy the strategy
     * @param bars     the bars, in any order (they are replayed by start time, then symbol)
     * @return fills, equity curve and rejections
     */
    public BacktestResult run(Strategy strategy, List<Bar> bars) {
        Account account = new Account(settings);
        List<Bar> ordered = new ArrayList<>(bars);
        ordered.sort(Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value()));
        for (Bar bar : ordered) {
            account.fillPendingAt(bar, bar.open());
            account.markToMarket(bar);
            strategy.onBar(bar, account);
            if (settings.fillAtClose()) {
                account.fillPendingAt(bar, bar.close());
            }
            account.recordEquity(bar);
        }
        return new BacktestResult(strategy.name(), account.fills, account.rejected, account.equity, account.cash);
    }

    /** The simulated account: the strategy's context during the run. */
    private static final class Account implements StrategyContext {
        private final BacktestSettings settings;
        private final Map<Symbol, Long> positions = new HashMap<>();
        private final Map<Symbol, Double> lastClose = new HashMap<>();
        private final Map<Symbol, Long> pending = new HashMap<>();
        private final List<Fill> fills = new ArrayList<>();
        private final List<EquityPoint> equity = new ArrayList<>();
        private double cash;
        private int rejected;

        Account(BacktestSettings settings) {
            this.settings = settings;
            this.cash = settings.initialCash();
        }

        @Override
        public long position(Symbol symbol) {
            return positions.getOrDefault(symbol, 0L) + pending.getOrDefault(symbol, 0L);
        }

        @Override
        public double cash() {
            return cash;
        }

        @Override
        public double equity() {
            double value = cash;
            for (Map.Entry<Symbol, Long> position : positions.entrySet()) {
                value += position.getValue() * lastClose.getOrDefault(position.getKey(), 0.0);
            }
            return value;
        }

        @Override
        public void buy(Symbol symbol, long quantity) {
            order(symbol, requirePositive(quantity));
        }

        @Override
        public void sell(Symbol symbol, long quantity) {
            order(symbol, -requirePositive(quantity));
        }

        private void order(Symbol symbol, long signedQuantity) {
            pending.merge(symbol, signedQuantity, Long::sum);
        }

        void fillPendingAt(Bar bar, double reference) {
            Long quantity = pending.remove(bar.symbol());
            if (quantity == null || quantity == 0) {
                return;
            }
            Side side = quantity > 0 ? Side.BUY : Side.SELL;
            long shares = Math.abs(quantity);
            double price = settings.slippage().fillPrice(side, reference);
            double commission = settings.commission().commission(shares, price);
            double cashChange = (side == Side.BUY ? -price * shares : price * shares) - commission;
            if (cash + cashChange < 0) {
                rejected++;
                return;
            }
            cash += cashChange;
            positions.merge(bar.symbol(), quantity, Long::sum);
            fills.add(new Fill(bar.symbol(), bar.start(), side, shares, price, commission));
        }

        void markToMarket(Bar bar) {
            lastClose.put(bar.symbol(), bar.close());
        }

        void recordEquity(Bar bar) {
            EquityPoint point = new EquityPoint(bar.start(), equity());
            if (!equity.isEmpty() && equity.getLast().time().equals(bar.start())) {
                equity.set(equity.size() - 1, point);
            } else {
                equity.add(point);
            }
        }

        private static long requirePositive(long quantity) {
            if (quantity < 1) {
                throw new IllegalArgumentException("order quantity must be 1 or more (got " + quantity + ")");
            }
            return quantity;
        }
    }
}
