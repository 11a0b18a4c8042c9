package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.OrderedBars;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 1,000,000 benchmark bars for this repository's engine, generated once per trial (not timed), as a list and as
 * {@link OrderedBars}, the form a parameter search gives each of its runs.
 */
@State(Scope.Benchmark)
public class OurBars {

    List<Bar> bars;
    OrderedBars ordered;

    /** Generates the bars and puts them in replay order. */
    @Setup(Level.Trial)
    public void setUp() {
        bars = MarketData.bars(MarketData.BARS);
        ordered = OrderedBars.of(bars);
    }
}
