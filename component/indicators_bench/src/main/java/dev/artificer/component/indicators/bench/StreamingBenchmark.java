package dev.artificer.component.indicators.bench;

import dev.artificer.component.indicators.Adx;
import dev.artificer.component.indicators.Aroon;
import dev.artificer.component.indicators.Atr;
import dev.artificer.component.indicators.BollingerBands;
import dev.artificer.component.indicators.Cci;
import dev.artificer.component.indicators.Ema;
import dev.artificer.component.indicators.Indicator;
import dev.artificer.component.indicators.Macd;
import dev.artificer.component.indicators.Mfi;
import dev.artificer.component.indicators.MovingAverageType;
import dev.artificer.component.indicators.MovingMax;
import dev.artificer.component.indicators.MovingMin;
import dev.artificer.component.indicators.Rsi;
import dev.artificer.component.indicators.Sma;
import dev.artificer.component.indicators.Stochastic;
import dev.artificer.component.indicators.WilliamsR;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One streaming {@code update()} per invocation, cycling through the same 1,000,000 bars; scores are
 * nanoseconds per update. Run with the GC profiler, {@code gc.alloc.rate.norm} shows the bytes allocated per
 * update (0).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamingBenchmark {

    /** The indicator under test. */
    @Param
    public Subject subject;

    private Market market;
    private Indicator indicator;
    private int index;

    /** Generates the input and creates the indicator, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        market = Market.generate();
        indicator = switch (subject) {
            case SMA -> new Sma(20);
            case EMA -> new Ema(20);
            case RSI -> new Rsi(14);
            case MACD -> new Macd(12, 26, 9);
            case BBANDS -> new BollingerBands(20, 2, 2, MovingAverageType.SMA);
            case ATR -> new Atr(14);
            case ADX -> new Adx(14);
            case STOCH -> new Stochastic(5, 3, MovingAverageType.SMA, 3, MovingAverageType.SMA);
            case CCI -> new Cci(14);
            case MFI -> new Mfi(14);
            case WILLR -> new WilliamsR(14);
            case AROON -> new Aroon(14);
            case MAX -> new MovingMax(14);
            case MIN -> new MovingMin(14);
        };
    }

    /**
     * Feeds the next bar.
     *
     * @return the primary output, so that nothing is optimized away
     */
    @Benchmark
    public double update() {
        int i = index;
        index = i + 1 == Market.BARS ? 0 : i + 1;
        indicator.update(market.time()[i], market.open()[i], market.high()[i], market.low()[i], market.close()[i],
                market.volume()[i]);
        return indicator.value(0);
    }
}
