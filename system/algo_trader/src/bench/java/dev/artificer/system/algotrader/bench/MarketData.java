package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NumFactory;

/**
 * The benchmark input: one-minute bars of one symbol from a seeded geometric random walk (0.1 % per bar, so that a
 * million bars stay within a realistic price range and a fixed quantity stays affordable), identical in every run.
 */
final class MarketData {

    /** The number of bars of the single-backtest benchmarks. */
    static final int BARS = 1_000_000;

    private static final long SEED = 20_260_101L;
    private static final Instant START = Instant.parse("2024-01-02T14:30:00Z");
    private static final Symbol SYMBOL = Symbol.of("BENCH");

    private MarketData() {
    }

    /**
     * The bars for this repository's engine.
     *
     * @param count how many, from the same seed (a shorter series is a prefix of a longer one)
     * @return the bars in time order
     */
    static List<Bar> bars(int count) {
        Random random = new Random(SEED);
        List<Bar> bars = new ArrayList<>(count);
        double close = 100;
        for (int i = 0; i < count; i++) {
            double previous = close;
            close = previous * Math.exp(0.001 * random.nextGaussian());
            double open = previous * Math.exp(0.0002 * random.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.0004 * Math.abs(random.nextGaussian()));
            double low = Math.min(open, close) * (1 - 0.0004 * Math.abs(random.nextGaussian()));
            long volume = Math.round(1_000 + 99_000 * random.nextDouble());
            bars.add(new Bar(SYMBOL, Timeframe.ONE_MINUTE, START.plus(Duration.ofMinutes(i)), open, high, low, close,
                    volume));
        }
        return bars;
    }

    /**
     * The same bars as a ta4j series of {@code DoubleNum}.
     *
     * @param bars the bars of {@link #bars(int)}
     * @return the series, index {@code i} being {@code bars.get(i)}
     */
    static BarSeries ta4jSeries(List<Bar> bars) {
        NumFactory numbers = DoubleNumFactory.getInstance();
        Duration minute = Duration.ofMinutes(1);
        List<org.ta4j.core.Bar> converted = new ArrayList<>(bars.size());
        for (Bar bar : bars) {
            converted.add(new BaseBar(minute, bar.start(), bar.start().plus(minute), numbers.numOf(bar.open()),
                    numbers.numOf(bar.high()), numbers.numOf(bar.low()), numbers.numOf(bar.close()),
                    numbers.numOf(bar.volume()), numbers.zero(), 0));
        }
        return new BaseBarSeriesBuilder().withNumFactory(numbers).withBars(converted).build();
    }
}
