package dev.artificer.component.backtest.lookahead;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.strategy.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Catches strategies that peek ahead: replays a strategy on the full history and on histories cut at several
 * points, and reports any decision at or before a cut that differs when the bars after the cut are missing. An honest
 * strategy decides the same with or without the future, since it never saw it.
 */
public final class LookaheadCheck {

    private final BacktestEngine engine;

    /**
     * Creates the check.
     *
     * @param engine the engine the runs use (its fills and costs shape positions, hence decisions)
     */
    public LookaheadCheck(BacktestEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs the check.
     *
     * @param strategies makes a fresh strategy for each run
     * @param bars       the history
     * @param cuts       how many cut points, spread evenly over the history (at least 1)
     * @param progress   told the number of cuts done after each one
     * @return the report
     */
    public LookaheadReport run(Supplier<Strategy> strategies, List<Bar> bars, int cuts, IntConsumer progress) {
        if (cuts < 1) {
            throw new IllegalArgumentException("cuts must be 1 or more (got " + cuts + ")");
        }
        List<Bar> ordered = bars.stream()
                .sorted(Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value())).toList();
        List<Decision> full = decisions(strategies.get(), ordered);
        List<Instant> cutTimes = cutTimes(ordered, cuts);
        List<LookaheadViolation> violations = new ArrayList<>();
        for (int done = 0; done < cutTimes.size(); done++) {
            Instant cut = cutTimes.get(done);
            List<Bar> past = ordered.stream().filter(bar -> !bar.start().isAfter(cut)).toList();
            List<Decision> truncated = decisions(strategies.get(), past);
            List<Decision> expected = full.stream().filter(decision -> !decision.barTime().isAfter(cut)).toList();
            firstDifference(expected, truncated, cut).ifPresent(violations::add);
            progress.accept(done + 1);
        }
        return new LookaheadReport(strategies.get().name(), cutTimes.size(), full.size(), violations);
    }

    private List<Decision> decisions(Strategy strategy, List<Bar> bars) {
        RecordingStrategy recording = new RecordingStrategy(strategy);
        engine.run(recording, bars);
        return recording.decisions();
    }

    private static List<Instant> cutTimes(List<Bar> ordered, int cuts) {
        List<Instant> times = new ArrayList<>(new TreeSet<>(ordered.stream().map(Bar::start).toList()));
        if (times.size() < 2) {
            return List.of();
        }
        TreeSet<Instant> chosen = new TreeSet<>();
        int candidates = times.size() - 1;
        for (int index = 1; index <= cuts; index++) {
            chosen.add(times.get(Math.max(0, (int) ((long) candidates * index / (cuts + 1)))));
        }
        return List.copyOf(chosen);
    }

    private static Optional<LookaheadViolation> firstDifference(List<Decision> expected, List<Decision> actual,
                                                                Instant cut) {
        for (int index = 0; index < Math.max(expected.size(), actual.size()); index++) {
            Decision full = index < expected.size() ? expected.get(index) : null;
            Decision truncated = index < actual.size() ? actual.get(index) : null;
            if (!Objects.equals(full, truncated)) {
                Instant decidedAt = earlier(full, truncated);
                return Optional.of(new LookaheadViolation(decidedAt, cut, describe(full, decidedAt),
                        describe(truncated, decidedAt)));
            }
        }
        return Optional.empty();
    }

    private static Instant earlier(Decision first, Decision second) {
        if (first == null || second == null) {
            return first == null ? second.barTime() : first.barTime();
        }
        return first.barTime().isBefore(second.barTime()) ? first.barTime() : second.barTime();
    }

    private static String describe(Decision decision, Instant at) {
        return decision == null || !decision.barTime().equals(at) ? "nothing" : decision.describe();
    }
}
