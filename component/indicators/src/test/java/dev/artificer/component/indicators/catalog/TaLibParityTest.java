package dev.artificer.component.indicators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every indicator that TA-Lib has agrees with TA-Lib 0.4.0 within 1e-9 relative (1e-12 absolute near zero),
 * on long random walks and on edge cases. The documented, deliberate differences are accepted only in their
 * exact circumstances ({@link KnownDeviations}) and shown side by side in {@code TaLibDeviationTest}.
 */
class TaLibParityTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Bars TINY = Bars.randomWalk(3, 3_000, 1).scaled(1e-6);
    private static final List<Bars> DATASETS = List.of(
            Bars.randomWalk(1, 100_000, 100),
            Bars.cents(2, 20_000),
            Bars.constant(300, 42.5),
            TINY,
            Bars.randomWalk(4, 3_000, 1).scaled(1e9),
            Bars.withJumps(5, 3_000, 400, 40),
            Bars.trendThenFlat(11, 500, 12_000, 100));

    private static Stream<IndicatorDefinition> taLibIndicators() {
        return CATALOG.all().stream().filter(IndicatorDefinition::taLibFunction);
    }

    @Test
    void everyTaLibIndicatorHasAReferenceCall() {
        assertThat(taLibIndicators().map(IndicatorDefinition::name)).allMatch(TaLibReference::has);
    }

    @TestFactory
    Stream<DynamicNode> defaultParametersMatchTaLibOnEveryDataset() {
        return taLibIndicators().map(definition -> dynamicContainer(definition.name(), DATASETS.stream()
                .filter(bars -> bars != TINY || !KnownDeviations.EPSILON_ON_TINY_PRICES.contains(definition.name()))
                .map(bars -> dynamicTest(bars.name(), () -> assertParity(definition, definition.defaults(), bars)))));
    }

    @TestFactory
    Stream<DynamicNode> minimumPeriodsMatchTaLib() {
        Bars bars = Bars.randomWalk(6, 5_000, 50);
        return taLibIndicators().map(definition -> {
            Parameters minimum = definition.parameters(integers(definition, parameter -> (int) parameter.min()));
            return dynamicTest(definition.name() + "(" + minimum + ")", () -> assertParity(definition, minimum, bars));
        });
    }

    @TestFactory
    Stream<DynamicNode> periodEqualToTheInputLengthMatchesTaLib() {
        Bars bars = Bars.randomWalk(7, 60, 50);
        return taLibIndicators().filter(TaLibParityTest::hasPeriod).map(definition -> {
            Parameters parameters = firstPeriod(definition, bars.length());
            return dynamicTest(definition.name() + "(" + parameters + ")", () -> assertParity(definition, parameters, bars));
        });
    }

    @TestFactory
    Stream<DynamicNode> periodLongerThanTheInputGivesOnlyNaNLikeTaLib() {
        Bars bars = Bars.randomWalk(8, 40, 50);
        return taLibIndicators().filter(TaLibParityTest::hasPeriod).map(definition -> {
            Parameters parameters = firstPeriod(definition, bars.length() + 1);
            return dynamicTest(definition.name() + "(" + parameters + ")", () -> {
                assertParity(definition, parameters, bars);
                assertThat(definition.compute(bars.series(), parameters)[0]).containsOnly(Double.NaN);
            });
        });
    }

    @TestFactory
    Stream<DynamicNode> everyMovingAverageTypeMatchesTaLib() {
        Bars bars = Bars.randomWalk(9, 20_000, 80);
        return taLibIndicators().flatMap(definition -> definition.parameters().stream()
                .filter(p -> p.type() == Parameter.Type.CHOICE)
                .map(choice -> dynamicContainer(definition.name() + " " + choice.name(), choice.choices().stream()
                        .map(type -> {
                            Parameters parameters = definition.parameters(Map.of(choice.name(), type));
                            return dynamicTest(type, () -> assertParity(definition, parameters, bars));
                        }))));
    }

    private static boolean hasPeriod(IndicatorDefinition definition) {
        return definition.parameters().stream().anyMatch(p -> p.type() == Parameter.Type.INTEGER);
    }

    /** The first integer parameter set to {@code value}, the other integers at their minimum. */
    private static Parameters firstPeriod(IndicatorDefinition definition, int value) {
        String first = definition.parameters().stream().filter(p -> p.type() == Parameter.Type.INTEGER)
                .findFirst().orElseThrow().name();
        return definition.parameters(integers(definition, p -> p.name().equals(first) ? value : (int) p.min()));
    }

    private static Map<String, String> integers(IndicatorDefinition definition,
                                                java.util.function.ToIntFunction<Parameter> value) {
        Map<String, String> values = new LinkedHashMap<>();
        definition.parameters().stream().filter(p -> p.type() == Parameter.Type.INTEGER)
                .forEach(p -> values.put(p.name(), Integer.toString(value.applyAsInt(p))));
        return values;
    }

    static void assertParity(IndicatorDefinition definition, Parameters parameters, Bars bars) {
        double[][] expected = TaLibReference.compute(definition.name(), definition.outputs().size(), bars, parameters);
        double[][] actual = definition.compute(bars.series(), parameters);
        for (int k = 0; k < expected.length; k++) {
            int output = k;
            Agreement.close(definition.name() + "(" + parameters + ")." + definition.outputs().get(k) + " on " + bars,
                    expected[k], actual[k],
                    i -> KnownDeviations.accepted(definition, parameters, bars, expected, actual, output, i));
        }
    }
}
