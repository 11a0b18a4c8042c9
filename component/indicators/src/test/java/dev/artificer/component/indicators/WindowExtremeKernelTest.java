package dev.artificer.component.indicators;

import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batch window extremes (the rescanning kernels for short windows, the queue for long ones) against a plain
 * scan of every window written here, and against the streaming form, bit for bit: on inputs full of ties,
 * zeros of both signs, steady falls and rises and gaps, at periods on both sides of the kernels' limit.
 */
class WindowExtremeKernelTest {

    private static final int LENGTH = 3_000;

    static Stream<Arguments> cases() {
        return Stream.of(2, 3, 14, 31, 32, 33, 40).flatMap(period -> Stream.of("ties and signed zeros", "falling",
                "rising", "random").flatMap(shape -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(period, shape, seed))));
    }

    /** Prices of the given shape; ties and signed zeros draw from a handful of values, -0.0 and 0.0 among them. */
    private static double[] series(String shape, long seed) {
        Random random = new Random(seed);
        double[] values = new double[LENGTH];
        double[] few = {-0.0, 0.0, 1.5, -2.0, 3.25};
        for (int i = 0; i < LENGTH; i++) {
            values[i] = switch (shape) {
                case "ties and signed zeros" -> few[random.nextInt(few.length)];
                case "falling" -> 1e4 - i;
                case "rising" -> i;
                default -> 100 * Math.exp(0.01 * random.nextGaussian() * Math.sqrt(i + 1.0));
            };
            if (random.nextInt(500) == 0) {
                values[i] = random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY;
            }
        }
        return values;
    }

    /**
     * The extreme of each window written out plainly: the window is the {@code length} values ending at the
     * bar, after the latest gap; among values equal by {@code ==} the latest counts (also for 0.0 and -0.0).
     */
    private static double[] plainExtremes(double[] values, int length, boolean maximum) {
        double[] out = new double[values.length];
        int afterGap = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                afterGap = i + 1;
            }
            out[i] = Double.NaN;
            if (i - afterGap + 1 >= length) {
                int best = i;
                for (int j = i - 1; j > i - length; j--) {
                    if (maximum ? values[j] > values[best] : values[j] < values[best]) {
                        best = j;
                    }
                }
                out[i] = values[best];
            }
        }
        return out;
    }

    private static void assertIdentical(String what, double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + ": index " + i + " expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }

    @ParameterizedTest(name = "period {0}, {1}, seed {2}")
    @MethodSource("cases")
    void maxAndMinAreThoseOfAPlainScanAndOfStreaming(int period, String shape, long seed) {
        double[] values = series(shape, seed);
        String what = "period " + period + ", " + shape + ", seed " + seed;

        double[] max = MovingMax.compute(values, period);
        double[] min = MovingMin.compute(values, period);

        assertIdentical("max, " + what, plainExtremes(values, period, true), max);
        assertIdentical("min, " + what, plainExtremes(values, period, false), min);
        MovingMax streamingMax = new MovingMax(period);
        MovingMin streamingMin = new MovingMin(period);
        double[] fromStreamingMax = new double[LENGTH];
        double[] fromStreamingMin = new double[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            fromStreamingMax[i] = streamingMax.update(values[i]);
            fromStreamingMin[i] = streamingMin.update(values[i]);
        }
        assertIdentical("streaming max, " + what, fromStreamingMax, max);
        assertIdentical("streaming min, " + what, fromStreamingMin, min);
    }

    @ParameterizedTest(name = "period {0}, {1}, seed {2}")
    @MethodSource("cases")
    void williamsRAndAroonEqualTheirStreamingFormsAndThePlainExtremes(int period, String shape, long seed) {
        double[] close = series(shape, seed);
        double[] high = close.clone();
        double[] low = close.clone();
        Random random = new Random(seed + 100);
        for (int i = 0; i < LENGTH; i++) {
            high[i] = random.nextInt(3) == 0 ? high[i] : Math.abs(high[i]) + high[i];
            low[i] = random.nextInt(3) == 0 ? low[i] : low[i] - Math.abs(low[i]);
        }
        String what = "period " + period + ", " + shape + ", seed " + seed;

        double[] willr = WilliamsR.compute(high, low, close, period);
        AroonLines aroon = Aroon.compute(high, low, period);
        double[] oscillator = AroonOscillator.compute(high, low, period);

        WilliamsR streamingWillr = new WilliamsR(period);
        Aroon streamingAroon = new Aroon(period);
        AroonOscillator streamingOscillator = new AroonOscillator(period);
        double[][] streaming = new double[4][LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            streaming[0][i] = streamingWillr.update(high[i], low[i], close[i]);
            streaming[1][i] = streamingAroon.update(high[i], low[i]);
            streaming[2][i] = streamingAroon.down();
            streaming[3][i] = streamingOscillator.update(high[i], low[i]);
        }
        assertIdentical("willr, " + what, streaming[0], willr);
        assertIdentical("aroon up, " + what, streaming[1], aroon.up());
        assertIdentical("aroon down, " + what, streaming[2], aroon.down());
        assertIdentical("aroonosc, " + what, streaming[3], oscillator);
        double[] highest = plainExtremes(high, period, true);
        double[] lowest = plainExtremes(low, period, false);
        for (int i = 0; i < LENGTH; i++) {
            if (!Double.isNaN(willr[i]) && highest[i] != lowest[i]) {
                double expected = -100 * (highest[i] - close[i]) / (highest[i] - lowest[i]);
                if (Math.abs(expected - willr[i]) > 1e-9 * Math.max(1, Math.abs(expected))) {
                    fail("willr against the plain extremes, " + what + ": index " + i + " expected " + expected
                            + " but was " + willr[i]);
                }
            }
        }
    }
}
