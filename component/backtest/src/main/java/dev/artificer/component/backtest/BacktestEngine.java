package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Strategy;
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
        SimulatedAccount account = new SimulatedAccount(settings, bars.times());
        boolean fillAtClose = settings.fillAtClose();
        List<Bar> history = bars.bars();
        strategy.prepare(history);
        for (int index = 0; index < bars.size(); index++) {
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
