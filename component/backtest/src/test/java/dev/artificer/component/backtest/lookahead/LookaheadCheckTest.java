package dev.artificer.component.backtest.lookahead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import dev.artificer.component.backtest.MovingAverageCross;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LookaheadCheckTest {

    private static final Symbol XYZ = Symbol.of("XYZ");
    private static final Instant DAY0 = Instant.parse("2025-03-03T05:00:00Z");
    private static final Supplier<Strategy> SMA_CROSS =
            () -> new MovingAverageCross(3, 8, 10);
    private final LookaheadCheck check = new LookaheadCheck(new BacktestEngine(BacktestSettings.withoutCosts(1_000_000)));

    /** A zig-zag walk: enough crosses for the averages to trade. */
    private static List<Bar> walk(int count) {
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        for (int index = 0; index < count; index++) {
            double open = close;
            close = close + 3 * Math.sin(index / 4.0) + (index % 7 == 0 ? -2 : 0.5);
            bars.add(new Bar(XYZ, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, Math.max(open, close) + 1,
                    Math.min(open, close) - 1, close, 1_000));
        }
        return bars;
    }

    /** Up two, down one, every other bar: a peeker trades on nearly every bar. */
    private static List<Bar> zigzag(int count) {
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        for (int index = 0; index < count; index++) {
            double open = close;
            close = close + (index % 2 == 0 ? 2 : -1);
            bars.add(new Bar(XYZ, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, Math.max(open, close) + 1,
                    Math.min(open, close) - 1, close, 1_000));
        }
        return bars;
    }

    /** Looks one bar ahead: buys when tomorrow's close is higher, sells when lower (the classic shift(-1) bug). */
    private static final class TomorrowPeeker implements Strategy {
        private final Map<Instant, Double> nextClose = new HashMap<>();

        @Override
        public String name() {
            return "tomorrow-peeker";
        }

        @Override
        public void prepare(List<Bar> history) {
            for (int index = 0; index + 1 < history.size(); index++) {
                nextClose.put(history.get(index).start(), history.get(index + 1).close());
            }
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            Double tomorrow = nextClose.get(bar.start());
            if (tomorrow != null && tomorrow > bar.close() && context.position(XYZ) == 0) {
                context.buy(XYZ, 1);
            } else if (tomorrow != null && tomorrow < bar.close() && context.position(XYZ) > 0) {
                context.sell(XYZ, 1);
            }
        }
    }

    @Test
    void honestStrategyDecidesTheSameWithoutTheFuture() {
        LookaheadReport report = check.run(SMA_CROSS, walk(120), 10, done -> { });

        assertThat(report.decisions()).isGreaterThan(4);
        assertThat(report.cuts()).isEqualTo(10);
        assertThat(report.clean()).isTrue();
    }

    @Test
    void strategyPeekingAtTomorrowsCloseIsCaught() {
        List<Bar> bars = zigzag(120);

        LookaheadReport report = check.run(TomorrowPeeker::new, bars, 10, done -> { });

        assertThat(report.clean()).isFalse();
        assertThat(report.violations()).allSatisfy(violation -> {
            assertThat(violation.decidedAt()).isEqualTo(violation.cutAfter());
            assertThat(violation.withFullHistory()).isNotEqualTo(violation.withoutFuture());
        });
    }

    @Test
    void violationNamesWhatTheStrategyDidWithAndWithoutTheFuture() {
        List<Bar> bars = zigzag(40);

        LookaheadViolation violation = check.run(TomorrowPeeker::new, bars, 39, done -> { }).violations().getFirst();

        assertThat(List.of(violation.withFullHistory(), violation.withoutFuture()))
                .containsOnlyOnce("nothing")
                .anySatisfy(text -> assertThat(text).matches("(BUY|SELL) 1 XYZ MARKET"));
    }

    @Test
    void progressIsReportedAfterEachCut() {
        List<Integer> progress = new ArrayList<>();

        check.run(SMA_CROSS, walk(60), 5, progress::add);

        assertThat(progress).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void cutsMustBePositive() {
        assertThatThrownBy(() -> check.run(SMA_CROSS, walk(10), 0, done -> { }))
                .hasMessage("cuts must be 1 or more (got 0)");
    }
}
