package dev.artificer.component.indicators.catalog;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The documented NaN policy, for every indicator: the output at a gap is NaN, the values before it are those
 * of the bars before it, and the indicator restarts after it as if the series began there.
 */
class GapPolicyTest {

    private static final int GAP = 700;
    private static final Bars BARS = Bars.randomWalk(21, 2_000, 100);

    @TestFactory
    Stream<DynamicNode> aGapSplitsTheSeriesIntoTwoIndependentRuns() {
        Bars withGap = BARS.withGaps(GAP);
        return Catalog.standard().all().stream().map(definition -> dynamicTest(definition.name(), () -> {
            Parameters parameters = definition.defaults();
            double[][] whole = definition.compute(withGap.series(), parameters);
            double[][] before = definition.compute(BARS.slice(0, GAP).series(), parameters);
            double[][] after = definition.compute(BARS.slice(GAP + 1, BARS.length()).series(), parameters);
            for (int k = 0; k < whole.length; k++) {
                String output = definition.name() + " output " + k;
                Agreement.identical(output + " before the gap", before[k], Arrays.copyOfRange(whole[k], 0, GAP));
                Agreement.identical(output + " at the gap", new double[] {Double.NaN},
                        Arrays.copyOfRange(whole[k], GAP, GAP + 1));
                Agreement.identical(output + " after the gap", after[k],
                        Arrays.copyOfRange(whole[k], GAP + 1, BARS.length()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicNode> anInfiniteValueIsAGapToo() {
        Bars withInfinity = BARS.withGaps();
        Arrays.fill(withInfinity.close(), GAP, GAP + 1, Double.POSITIVE_INFINITY);
        Arrays.fill(withInfinity.high(), GAP, GAP + 1, Double.POSITIVE_INFINITY);
        Arrays.fill(withInfinity.low(), GAP, GAP + 1, Double.NEGATIVE_INFINITY);
        Arrays.fill(withInfinity.open(), GAP, GAP + 1, Double.POSITIVE_INFINITY);
        Arrays.fill(withInfinity.volume(), GAP, GAP + 1, Double.POSITIVE_INFINITY);
        Bars withNaN = BARS.withGaps(GAP);
        return Catalog.standard().all().stream().map(definition -> dynamicTest(definition.name(), () -> {
            double[][] infinite = definition.compute(withInfinity.series(), definition.defaults());
            double[][] missing = definition.compute(withNaN.series(), definition.defaults());
            for (int k = 0; k < infinite.length; k++) {
                Agreement.identical(definition.name() + " output " + k, missing[k], infinite[k]);
            }
        }));
    }
}
