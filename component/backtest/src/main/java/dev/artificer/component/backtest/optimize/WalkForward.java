package dev.artificer.component.backtest.optimize;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
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
 * winner of each window is replayed from the start of its in-sample window, so its indicators are warm and its
 * position is what it would have been when the out-of-sample period begins; only the out-of-sample part counts.
 */
public final class WalkForward {

    private final ParameterSearch search;
    private final BacktestEngine engine;

    /**
     * Creates the optimisation.
     *
     * @param search the search run in each in-sample window
     * @param engine the engine of the out-of-sample runs
     */
    public WalkForward(ParameterSearch search, BacktestEngine engine) {
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
        Stitcher stitched = new Stitcher(engine.settings().initialCash());
        List<WalkForwardWindow> windows = new ArrayList<>();
        for (int start = 0; start + settings.inSample() < times.size(); start += settings.outOfSample()) {
            Instant inStart = times.get(start);
            Instant inEnd = times.get(start + settings.inSample() - 1);
            Instant outStart = times.get(start + settings.inSample());
            Instant outEnd = times.get(Math.min(times.size() - 1, start + settings.inSample() + settings.outOfSample() - 1));
            Candidate best = search.run(strategies, combinations, slice(ordered, inStart, inEnd), ranking, done -> { })
                    .best();
            BacktestResult replay = engine.run(strategies.create(best.parameters()), slice(ordered, inStart, outEnd));
            double outReturn = stitched.append(replay, outStart);
            windows.add(new WalkForwardWindow(inStart, inEnd, outStart, outEnd, best, outReturn));
            progress.accept(windows.size());
        }
        return new WalkForwardResult(windows, stitched.result("walk-forward " + windows.getLast().best().strategy(),
                ordered, windows.getFirst().outOfSampleStart()));
    }

    private static List<Bar> slice(List<Bar> ordered, Instant from, Instant to) {
        return ordered.stream().filter(bar -> !bar.start().isBefore(from) && !bar.start().isAfter(to)).toList();
    }

    /** Chains the out-of-sample parts of the windows' runs into one curve. */
    private static final class Stitcher {
        private final double initialCash;
        private final List<Instant> times = new ArrayList<>();
        private final List<Double> equity = new ArrayList<>();
        private final List<Double> gross = new ArrayList<>();
        private final List<Fill> fills = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private BacktestResult last;

        Stitcher(double initialCash) {
            this.initialCash = initialCash;
        }

        /** Appends the run's points from the given time on; returns the run's return over them. */
        double append(BacktestResult run, Instant from) {
            EquityCurve curve = run.equityCurve();
            double level = equity.isEmpty() ? initialCash : equity.getLast();
            double startLevel = level;
            double previous = Double.NaN;
            for (int index = 0; index < curve.size(); index++) {
                if (curve.time(index).isBefore(from)) {
                    previous = curve.equity(index);
                    continue;
                }
                double base = Double.isNaN(previous) ? run.initialCash() : previous;
                level = level * curve.equity(index) / base;
                times.add(curve.time(index));
                equity.add(level);
                gross.add(curve.gross(index) * level / curve.equity(index));
                previous = curve.equity(index);
            }
            run.fills().stream().filter(fill -> !fill.time().isBefore(from)).forEach(fills::add);
            run.rejections().stream().filter(rejection -> !rejection.time().isBefore(from)).forEach(rejections::add);
            last = run;
            return level / startLevel - 1;
        }

        BacktestResult result(String name, List<Bar> ordered, Instant from) {
            EquityCurve curve = EquityCurve.of(times.toArray(Instant[]::new),
                    equity.stream().mapToDouble(Double::doubleValue).toArray(),
                    gross.stream().mapToDouble(Double::doubleValue).toArray());
            return new BacktestResult(name, last.timeframe(), initialCash, fills, rejections, curve,
                    last.finalCash() * curve.last() / last.finalEquity(), last.finalPositions(), buyAndHold(ordered, from));
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
    }
}
