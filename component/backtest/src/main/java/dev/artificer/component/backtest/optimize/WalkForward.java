package dev.artificer.component.backtest.optimize;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.Opening;
import dev.artificer.component.backtest.OrderedBars;
import dev.artificer.component.backtest.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Walk-forward optimisation: a rolling in-sample parameter search followed by an out-of-sample test of the winner,
 * window after window, reporting the stitched out-of-sample result (the only part that is an honest estimate). The
 * out-of-sample windows are ONE account: each starts in the state the previous one ended in (cash, open lots with
 * their entries, working orders), the first with the initial cash. The winner of a window sees its in-sample bars
 * first to warm up its indicators (orders it places there are dropped) and trades from the out-of-sample start, so
 * a position opened in one window is closed by a later one as one trade.
 */
public final class WalkForward {

    private final CombinationSearch search;
    private final BacktestEngine engine;

    /**
     * Creates the optimisation.
     *
     * @param search the search run in each in-sample window
     * @param engine the engine of the out-of-sample runs
     */
    public WalkForward(CombinationSearch search, BacktestEngine engine) {
        this.search = search;
        this.engine = engine;
    }

    /**
     * The number of windows a history allows.
     *
     * @param bars     the history
     * @param settings the window sizes
     * @return how many full in-sample windows with at least one out-of-sample bar fit
     */
    public static int windows(List<Bar> bars, WalkForwardSettings settings) {
        int times = (int) bars.stream().map(Bar::start).distinct().count();
        int rest = times - settings.inSample();
        return rest <= 0 ? 0 : (rest + settings.outOfSample() - 1) / settings.outOfSample();
    }

    /**
     * Runs the optimisation.
     *
     * @param strategies   makes a strategy from a combination
     * @param combinations the combinations each window searches
     * @param bars         the history
     * @param ranking      the metric the windows rank by
     * @param settings     the window sizes
     * @param progress     told the number of windows done after each one
     * @return the windows and the stitched out-of-sample run
     * @throws IllegalArgumentException when the history is too short for one window
     */
    public WalkForwardResult run(StrategyFactory strategies, List<Map<String, String>> combinations, List<Bar> bars,
                                 Ranking ranking, WalkForwardSettings settings, IntConsumer progress) {
        List<Bar> ordered = bars.stream()
                .sorted(Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value())).toList();
        List<Instant> times = new ArrayList<>(new TreeSet<>(ordered.stream().map(Bar::start).toList()));
        if (times.size() <= settings.inSample()) {
            throw new IllegalArgumentException("walk-forward needs more than " + settings.inSample() + " bar times (got "
                    + times.size() + "); shorten the in-sample window or load more history");
        }
        List<BacktestResult> parts = new ArrayList<>();
        List<WalkForwardWindow> windows = new ArrayList<>();
        Opening state = Opening.cash(engine.settings().initialCash());
        for (int start = 0; start + settings.inSample() < times.size(); start += settings.outOfSample()) {
            Instant inStart = times.get(start);
            Instant inEnd = times.get(start + settings.inSample() - 1);
            Instant outStart = times.get(start + settings.inSample());
            Instant outEnd = times.get(Math.min(times.size() - 1, start + settings.inSample() + settings.outOfSample() - 1));
            Candidate best = search.run(strategies, combinations, slice(ordered, inStart, inEnd), ranking, done -> { })
                    .best();
            BacktestResult part = engine.run(strategies.create(best.parameters()),
                    OrderedBars.of(slice(ordered, inStart, outEnd)), state, outStart);
            parts.add(part);
            state = part.closing();
            windows.add(new WalkForwardWindow(inStart, inEnd, outStart, outEnd, best, part.totalReturn()));
            progress.accept(windows.size());
        }
        return new WalkForwardResult(windows, stitch("walk-forward " + windows.getLast().best().strategy(), parts,
                ordered, windows.getFirst().outOfSampleStart()));
    }

    /** The windows' runs as one account: their curves, fills and rejections one after another. */
    private BacktestResult stitch(String name, List<BacktestResult> parts, List<Bar> ordered, Instant from) {
        BacktestResult last = parts.getLast();
        EquityCurve curve = EquityCurve.concat(parts.stream().map(BacktestResult::equityCurve).toList());
        List<Fill> fills = parts.stream().flatMap(part -> part.fills().stream()).toList();
        List<Rejection> rejections = parts.stream().flatMap(part -> part.rejections().stream()).toList();
        return new BacktestResult(name, last.timeframe(), engine.settings().initialCash(), fills, rejections, curve,
                last.finalCash(), last.finalPositions(), buyAndHold(ordered, from), parts.getFirst().opening(),
                last.finalMarks(), last.workingOrders());
    }

    private static double buyAndHold(List<Bar> ordered, Instant from) {
        Map<Symbol, double[]> firstOpenLastClose = new LinkedHashMap<>();
        for (Bar bar : ordered) {
            if (!bar.start().isBefore(from)) {
                firstOpenLastClose.computeIfAbsent(bar.symbol(), symbol -> new double[] {bar.open(), 0})[1] = bar.close();
            }
        }
        return firstOpenLastClose.values().stream().mapToDouble(prices -> prices[1] / prices[0] - 1).average()
                .orElse(0);
    }

    private static List<Bar> slice(List<Bar> ordered, Instant from, Instant to) {
        return ordered.stream().filter(bar -> !bar.start().isBefore(from) && !bar.start().isAfter(to)).toList();
    }
}
