package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Strategy;
import java.time.Instant;
import java.util.List;

/**
 * An event-driven backtest over the bars of one or many symbols. Bars are replayed in time order; the strategy sees
 * each bar only after it closed. Market orders fill at the NEXT bar's open of that symbol (or, when the settings say
 * so, optimistically at the signal bar's close); limit and stop orders fill inside a later bar when its range reaches
 * their price, the stop first when both could (see {@link SimulatedAccount}). Slippage and commission are charged on
 * every fill, and an order the account cannot afford is refused and reported. One engine may run many backtests, one
 * after another or at once.
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
     * The engine's settings.
     *
     * @return the settings
     */
    public BacktestSettings settings() {
        return settings;
    }

    /**
     * Runs the strategy over the bars.
     *
     * @param strategy a fresh strategy (strategies keep state)
     * @param bars     the bars, in any order (they are replayed by start time, then symbol)
     * @return fills, rejections, the equity curve and the benchmark
     */
    public BacktestResult run(Strategy strategy, List<Bar> bars) {
        return run(strategy, OrderedBars.of(bars));
    }

    /**
     * Runs the strategy over bars already in replay order, so that many runs over the same bars order them once.
     *
     * @param strategy a fresh strategy (strategies keep state)
     * @param bars     the bars in replay order
     * @return fills, rejections, the equity curve and the benchmark
     */
    public BacktestResult run(Strategy strategy, OrderedBars bars) {
        return run(strategy, bars, Opening.cash(settings.initialCash()), null);
    }

    /**
     * Runs the strategy as the continuation of an account: the bars before {@code from} only warm the strategy up
     * (it sees them and may place orders, which are dropped, and nothing fills or is recorded), then the account
     * trades from the opening's state, its working orders first. Starting each run from the previous run's
     * {@link BacktestResult#closing()} makes consecutive runs one account.
     *
     * @param strategy a fresh strategy (strategies keep state)
     * @param bars     the bars in replay order, warm-up bars first
     * @param opening  the cash, open lots, marks and working orders to start from
     * @param from     the first bar time that trades and is recorded; {@code null} for the first bar
     * @return fills, rejections, the equity curve from {@code from} on, the benchmark and the closing state
     */
    public BacktestResult run(Strategy strategy, OrderedBars bars, Opening opening, Instant from) {
        SimulatedAccount account = new SimulatedAccount(settings, bars.times(), opening);
        boolean fillAtClose = settings.fillAtClose();
        List<Bar> history = bars.bars();
        strategy.prepare(history);
        int index = 0;
        while (from != null && index < bars.size() && bars.bar(index).start().isBefore(from)) {
            Bar bar = bars.bar(index++);
            account.warmUp(account.book(bar.symbol()), bar, strategy);
        }
        account.startTrading();
        for (; index < bars.size(); index++) {
            Bar bar = bars.bar(index);
            SymbolBook book = account.book(bar.symbol());
            account.open(book, bar);
            account.close(book, bar);
            strategy.onBar(bar, account);
            if (fillAtClose) {
                account.fillAtClose(book, bar);
            }
            account.recordEquity(bar);
        }
        return account.result(strategy.name(), history);
    }
}
