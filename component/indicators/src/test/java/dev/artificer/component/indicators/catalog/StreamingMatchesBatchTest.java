package dev.artificer.component.indicators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.artificer.component.indicators.Indicator;
import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** For every indicator, feeding bars one at a time gives exactly the batch values, gaps included. */
class StreamingMatchesBatchTest {

    private static final Bars BARS = Bars.randomWalk(11, 30_000, 100).withGaps(5, 6, 2_000, 9_999, 17_500, 29_990);

    @TestFactory
    Stream<DynamicNode> streamingEqualsBatchBitForBit() {
        return Catalog.standard().all().stream().map(definition -> dynamicTest(definition.toString(), () -> {
            Parameters parameters = definition.defaults();
            double[][] batch = definition.compute(BARS.series(), parameters);
            double[][] streamed = stream(definition.create(parameters), batch.length, BARS);
            for (int k = 0; k < batch.length; k++) {
                Agreement.identical(definition.name() + " output " + k, batch[k], streamed[k]);
            }
        }));
    }

    @TestFactory
    Stream<DynamicNode> isReadyExactlyWhenThePrimaryOutputIsANumber() {
        return Catalog.standard().all().stream().map(definition -> dynamicTest(definition.name(), () -> {
            Indicator indicator = definition.create(definition.defaults());
            for (int i = 0; i < 3_000; i++) {
                indicator.update(BARS.time()[i], BARS.open()[i], BARS.high()[i], BARS.low()[i], BARS.close()[i],
                        BARS.volume()[i]);
                assertThat(indicator.isReady()).as("bar %d", i).isEqualTo(!Double.isNaN(indicator.value(0)));
            }
        }));
    }

    @TestFactory
    Stream<DynamicNode> resetStartsOver() {
        Bars bars = BARS.slice(100, 1_100);
        return Catalog.standard().all().stream().map(definition -> dynamicTest(definition.name(), () -> {
            Indicator indicator = definition.create(definition.defaults());
            stream(indicator, definition.outputs().size(), BARS.slice(0, 500));
            indicator.reset();
            double[][] afterReset = stream(indicator, definition.outputs().size(), bars);
            double[][] fresh = stream(definition.create(definition.defaults()), definition.outputs().size(), bars);
            for (int k = 0; k < fresh.length; k++) {
                Agreement.identical(definition.name() + " output " + k, fresh[k], afterReset[k]);
            }
        }));
    }

    static double[][] stream(Indicator indicator, int outputs, Bars bars) {
        double[][] values = new double[outputs][bars.length()];
        for (int i = 0; i < bars.length(); i++) {
            indicator.update(bars.time()[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                    bars.volume()[i]);
            for (int k = 0; k < outputs; k++) {
                values[k][i] = indicator.value(k);
            }
        }
        return values;
    }
}
