package dev.artificer.system.algotrader.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.strategy.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Comparator<Bar> TIME_ORDER =
            Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value());

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
     * @param strategy a fresh strategy (strategies keep state); {@link Strategy#prepare} sees the bars first
     * @param bars     the bars, in any order (they are replayed by start time, then symbol)
     * @return fills, rejections, the equity curve and the benchmark
     */
    public BacktestResult run(Strategy strategy, List<Bar> bars) {
        Timeline timeline = Timeline.of(bars);
        List<Bar> ordered = timeline.bars();
        SimulatedAccount account = new SimulatedAccount(settings, timeline.times());
        boolean fillAtClose = settings.fillAtClose();
        strategy.prepare(ordered);
        for (Bar bar : ordered) {
            SymbolBook book = account.book(bar.symbol());
            account.open(book, bar);
            account.close(book, bar);
            strategy.onBar(bar, account);
            if (fillAtClose) {
                account.fillAtClose(book, bar);
            }
            account.recordEquity(bar);
        }
        return account.result(strategy.name(), ordered);
    }

    /**
     * The bars in replay order and the number of distinct start times among them (the equity curve's length at most),
     * found in one pass when the bars come sorted, as they usually do.
     */
    private record Timeline(List<Bar> bars, int times) {

        static Timeline of(List<Bar> bars) {
            int times = bars.isEmpty() ? 0 : 1;
            for (int index = 1; index < bars.size(); index++) {
                Bar previous = bars.get(index - 1);
                Bar bar = bars.get(index);
                int order = previous.start().compareTo(bar.start());
                if (order > 0 || order == 0 && previous.symbol().value().compareTo(bar.symbol().value()) > 0) {
                    return sorted(bars);
                }
                if (order != 0) {
                    times++;
                }
            }
            return new Timeline(bars, times);
        }

        private static Timeline sorted(List<Bar> bars) {
            List<Bar> sorted = new ArrayList<>(bars);
            sorted.sort(TIME_ORDER);
            int times = 1;
            for (int index = 1; index < sorted.size(); index++) {
                if (!sorted.get(index - 1).start().equals(sorted.get(index).start())) {
                    times++;
                }
            }
            return new Timeline(sorted, times);
        }
    }
}
