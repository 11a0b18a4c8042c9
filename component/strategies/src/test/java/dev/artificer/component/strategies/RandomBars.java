package dev.artificer.component.strategies;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded random walk of daily bars, for comparing two ways of writing one strategy. */
public final class RandomBars {

    private RandomBars() {
    }

    /**
     * Bars of a geometric random walk with 1 % daily moves.
     *
     * @param seed  the seed (give it in failure messages)
     * @param count how many bars
     * @return the bars, oldest first
     */
    public static List<Bar> walk(long seed, int count) {
        Random random = new Random(seed);
        List<Bar> bars = new ArrayList<>(count);
        double close = 100;
        Instant start = Instant.parse("2020-01-02T05:00:00Z");
        for (int day = 0; day < count; day++) {
            double open = close;
            close = open * Math.exp(0.01 * random.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.005 * random.nextDouble());
            double low = Math.min(open, close) * (1 - 0.005 * random.nextDouble());
            bars.add(new Bar(Symbol.of("AAPL"), Timeframe.DAILY, start.plus(Duration.ofDays(day)), open, high, low,
                    close, 1_000 + random.nextInt(9_000)));
        }
        return bars;
    }
}
