package dev.artificer.component.indicators.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import dev.artificer.component.indicators.Adx;
import dev.artificer.component.indicators.Aroon;
import dev.artificer.component.indicators.Atr;
import dev.artificer.component.indicators.BollingerBands;
import dev.artificer.component.indicators.Cci;
import dev.artificer.component.indicators.Ema;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole-series computation per invocation, over 1,000,000 bars; scores are nanoseconds per bar.
 *
 * <p>{@code ours} is this library writing into preallocated arrays, {@code taLib} TA-Lib 0.4.0 Java writing
 * into preallocated arrays, {@code ta4j} a fresh ta4j indicator (DoubleNum) evaluated at every bar, and
 * {@code baseline} {@code System.arraycopy} of the indicator's input arrays into as many outputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Market.BARS)
public class BatchBenchmark {

    /** The indicator under test. */
    @Param
    public Subject subject;

    private Market market;
    private Core core;
    private final MInteger begin = new MInteger();
    private final MInteger count = new MInteger();
    private double[] out1;
    private double[] out2;
    private double[] out3;
    private double[] out4;

    /** Generates the input and allocates the outputs, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        market = Market.generate();
        core = new Core();
        out1 = new double[Market.BARS];
        out2 = new double[Market.BARS];
        out3 = new double[Market.BARS];
        out4 = new double[Market.BARS];
    }

    /**
     * This library.
     *
     * @return the last value, so that nothing is optimized away
     */
    @Benchmark
    public double ours() {
        double[] h = market.high();
        double[] l = market.low();
        double[] c = market.close();
        switch (subject) {
            case SMA -> Sma.compute(c, 20, out1);
            case EMA -> Ema.compute(c, 20, out1);
            case RSI -> Rsi.compute(c, 14, out1);
            case MACD -> Macd.compute(c, 12, 26, 9, out1, out2, out3);
            case BBANDS -> BollingerBands.compute(c, 20, 2, 2, MovingAverageType.SMA, out1, out2, out3);
            case ATR -> Atr.compute(h, l, c, 14, out1);
            case ADX -> Adx.compute(h, l, c, 14, out1);
            case STOCH -> Stochastic.compute(h, l, c, 5, 3, MovingAverageType.SMA, 3, MovingAverageType.SMA,
                    out1, out2);
            case CCI -> Cci.compute(h, l, c, 14, out1);
            case MFI -> Mfi.compute(h, l, c, market.volume(), 14, out1);
            case WILLR -> WilliamsR.compute(h, l, c, 14, out1);
            case AROON -> Aroon.compute(h, l, 14, out1, out2);
            case MAX -> MovingMax.compute(c, 14, out1);
            case MIN -> MovingMin.compute(c, 14, out1);
        }
        return out1[Market.BARS - 1];
    }

    /**
     * TA-Lib 0.4.0, the Java translation.
     *
     * @return the last value, so that nothing is optimized away
     */
    @Benchmark
    public double taLib() {
        double[] h = market.high();
        double[] l = market.low();
        double[] c = market.close();
        int end = Market.BARS - 1;
        switch (subject) {
            case SMA -> core.sma(0, end, c, 20, begin, count, out1);
            case EMA -> core.ema(0, end, c, 20, begin, count, out1);
            case RSI -> core.rsi(0, end, c, 14, begin, count, out1);
            case MACD -> core.macd(0, end, c, 12, 26, 9, begin, count, out1, out2, out3);
            case BBANDS -> core.bbands(0, end, c, 20, 2, 2, MAType.Sma, begin, count, out1, out2, out3);
            case ATR -> core.atr(0, end, h, l, c, 14, begin, count, out1);
            case ADX -> core.adx(0, end, h, l, c, 14, begin, count, out1);
            case STOCH -> core.stoch(0, end, h, l, c, 5, 3, MAType.Sma, 3, MAType.Sma, begin, count, out1, out2);
            case CCI -> core.cci(0, end, h, l, c, 14, begin, count, out1);
            case MFI -> core.mfi(0, end, h, l, c, market.volume(), 14, begin, count, out1);
            case WILLR -> core.willR(0, end, h, l, c, 14, begin, count, out1);
            case AROON -> core.aroon(0, end, h, l, 14, begin, count, out1, out2);
            case MAX -> core.max(0, end, c, 14, begin, count, out1);
            case MIN -> core.min(0, end, c, 14, begin, count, out1);
        }
        return out1[count.value - 1];
    }

    /**
     * ta4j 0.22.2 with DoubleNum: a fresh indicator evaluated at every bar, in order.
     *
     * @param series the ta4j bar series of the same input
     * @return a checksum of the values, so that nothing is optimized away
     */
    @Benchmark
    public double ta4j(Ta4jSeries series) {
        return series.evaluate(subject);
    }

    /**
     * The memory baseline: copying the indicator's input arrays into as many output arrays.
     *
     * @return the last value, so that nothing is optimized away
     */
    @Benchmark
    public double baseline() {
        System.arraycopy(subject.inputs() == 2 ? market.high() : market.close(), 0, out1, 0, Market.BARS);
        if (subject.inputs() == 2) {
            System.arraycopy(market.low(), 0, out2, 0, Market.BARS);
        }
        if (subject.inputs() >= 3) {
            System.arraycopy(market.high(), 0, out2, 0, Market.BARS);
            System.arraycopy(market.low(), 0, out3, 0, Market.BARS);
        }
        if (subject.inputs() == 4) {
            System.arraycopy(market.volume(), 0, out4, 0, Market.BARS);
        }
        return out1[Market.BARS - 1];
    }
}
