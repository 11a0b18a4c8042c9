package dev.artificer.component.indicators.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import dev.artificer.component.indicators.MovingMax;
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
 * The choice between the batch window extremes' two methods, by period: MAX of 1,000,000 values by the batch
 * form ({@code batch}: the rescanning kernel up to 32, the monotonic queue beyond), by the queue alone (the
 * streaming form fed every value) and by TA-Lib, on the random walk and on a steadily falling series (the
 * rescanning kernel's worst case: the maximum leaves the window at every bar). Scores are ns per value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Market.BARS)
public class WindowExtremeBenchmark {

    /** The window length. */
    @Param({"14", "32", "64"})
    public int period;

    /** The input: the benchmark's random walk ({@code WALK}) or a steady fall ({@code FALLING}). */
    @Param({"WALK", "FALLING"})
    public String shape;

    private double[] values;
    private double[] out;
    private Core core;
    private final MInteger begin = new MInteger();
    private final MInteger count = new MInteger();

    /** Builds the input and the output, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        values = Market.generate().close();
        if (shape.equals("FALLING")) {
            for (int i = 0; i < values.length; i++) {
                values[i] = 1e7 - i;
            }
        }
        out = new double[values.length];
        core = new Core();
    }

    /**
     * The batch form.
     *
     * @return a value, so that nothing is optimized away
     */
    @Benchmark
    public double batch() {
        MovingMax.compute(values, period, out);
        return out[values.length - 1];
    }

    /**
     * The monotonic queue: the streaming form fed every value.
     *
     * @return a value, so that nothing is optimized away
     */
    @Benchmark
    public double queue() {
        MovingMax max = new MovingMax(period);
        for (int i = 0; i < values.length; i++) {
            out[i] = max.update(values[i]);
        }
        return out[values.length - 1];
    }

    /**
     * TA-Lib 0.4.0.
     *
     * @return a value, so that nothing is optimized away
     */
    @Benchmark
    public double taLib() {
        core.max(0, values.length - 1, values, period, begin, count, out);
        return out[count.value - 1];
    }
}
