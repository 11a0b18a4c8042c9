package dev.artificer.system.algotrader.trading;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One assignment's strategy object in the decision loop. It is warmed up on stored history (without trading) when
 * created, then sees each newly closed bar once: the newest closed bar of a run trades, older ones that arrived at
 * the same time (after a pause) only teach it. Closed means closed in the New York regular session
 * ({@link Bar#closedAt}): a daily bar at 16:00 of its day, a monthly bar at the close of the month's last weekday;
 * a bar is decided once it has been closed for its {@link SettleTime}, so that its final prices are
 * stored, not a snapshot taken while it was in progress. The start of the last bar it saw is persisted, so a restart neither
 * replays a bar to a strategy that has not seen the ones before it nor skips one. The time from the trading bar's close
 * to the decision on it is recorded ({@code DECISION_LATENCY}).
 */
final class AssignmentRunner {

    private static final Duration MARGIN = Duration.ofDays(7);

    private final Assignment assignment;
    private final Strategy strategy;
    private final String journaledAs;
    private final Dependencies with;
    private Instant watermark;
    private boolean warmedUp;

    /** What a runner works with, shared by all runners of a loop. */
    record Dependencies(BarRepository bars, StrategyAssignments assignments, TradingDesk desk, OrderBook book,
                        Clock clock, int warmupBars, SettleTime settle, MeterRegistry meters) {
    }

    AssignmentRunner(Assignment assignment, Strategy strategy, String version, Dependencies with) {
        this.assignment = assignment;
        this.strategy = strategy;
        this.journaledAs = version.isEmpty() || version.equals("built-in") ? assignment.identity()
                : assignment.identity() + " [" + version + "]";
        this.with = with;
    }

    /**
     * Shows the broker the bars stored since the last run (so it fills and marks), then the strategy the bars that
     * closed since.
     *
     * @param broker shows a bar to the broker
     * @param report counts what happened
     */
    void step(Consumer<Bar> broker, CycleReport report) {
        Instant now = with.clock().instant();
        if (!warmedUp) {
            warmUp(now);
        }
        if (watermark == null) {
            return;
        }
        List<Bar> fresh = with.bars().range(assignment.symbol(), assignment.timeframe(), watermark.plusMillis(1),
                now.plusMillis(1));
        fresh.forEach(broker);
        List<Bar> closed = fresh.stream().filter(bar -> bar.closedAt(now.minus(with.settle().of(assignment)))).toList();
        if (closed.isEmpty()) {
            return;
        }
        report.fills(with.book().sync());
        report.bars(closed.size());
        AccountSnapshot account = with.desk().account();
        WarmUpContext learning = new WarmUpContext(account);
        for (Bar bar : closed.subList(0, closed.size() - 1)) {
            strategy.onBar(bar, learning);
            processed(bar);
        }
        Bar last = closed.getLast();
        strategy.onBar(last, new DeskContext(with.desk(), with.book(), assignment, journaledAs, strategy, last, account,
                with.clock(), report));
        decisionTimer().record(Duration.between(last.closesAt(), with.clock().instant()));
        processed(last);
    }

    private Timer decisionTimer() {
        return Timer.builder(ObservabilitySchema.Metrics.DECISION_LATENCY)
                .tag(ObservabilitySchema.SYMBOL, assignment.symbol().value())
                .tag("timeframe", assignment.timeframe().code())
                .tag(ObservabilitySchema.STRATEGY, assignment.identity()).register(with.meters());
    }

    private void warmUp(Instant now) {
        watermark = with.assignments().lastProcessed(assignment.symbol(), assignment.timeframe()).orElse(null);
        Instant end = watermark == null ? now.plusMillis(1) : watermark.plusMillis(1);
        List<Bar> history = with.bars().range(assignment.symbol(), assignment.timeframe(), end.minus(span()), end)
                .stream().filter(bar -> bar.closedAt(now.minus(with.settle().of(assignment)))).toList();
        if (history.isEmpty() && watermark == null) {
            return;
        }
        if (watermark == null) {
            watermark = history.getLast().start();
            with.assignments().recordProcessed(assignment.symbol(), assignment.timeframe(), watermark);
        }
        WarmUpContext learning = new WarmUpContext(with.desk().account());
        history.subList(Math.max(0, history.size() - with.warmupBars()), history.size())
                .forEach(bar -> strategy.onBar(bar, learning));
        warmedUp = true;
    }

    private void processed(Bar bar) {
        watermark = bar.start();
        with.assignments().recordProcessed(assignment.symbol(), assignment.timeframe(), watermark);
    }

    /** Enough calendar time to hold the warm-up bars, nights and weekends included. */
    private Duration span() {
        Duration length = assignment.timeframe().nominalLength();
        long factor = assignment.timeframe().intraday() ? 6 : 2;
        return length.multipliedBy((long) Math.max(1, with.warmupBars()) * factor).plus(MARGIN);
    }
}
