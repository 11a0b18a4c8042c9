package dev.artificer.system.algotrader.bench;

import dev.artificer.component.market.Bar;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The 1,000,000 benchmark bars for this repository's engine, generated once per trial (not timed). */
@State(Scope.Benchmark)
public class OurBars {

    List<Bar> bars;

    /** Generates the bars. */
    @Setup(Level.Trial)
    public void setUp() {
        bars = MarketData.bars(MarketData.BARS);
    }
}
