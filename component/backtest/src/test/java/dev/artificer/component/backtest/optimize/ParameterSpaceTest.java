package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

    @Test
    void rangeWithStepListsEveryValueFromFromToTo() {
        assertThat(ParameterRange.parse("fast=5..20:5").values()).containsExactly("5", "10", "15", "20");
    }

    @Test
    void rangeWithoutStepCountsByOne() {
        assertThat(ParameterRange.parse("fast=2..4").values()).containsExactly("2", "3", "4");
    }

    @Test
    void decimalRangeKeepsExactDecimals() {
        assertThat(ParameterRange.parse("k=1.5..2.5:0.5").values()).containsExactly("1.5", "2", "2.5");
    }

    @Test
    void listRangeKeepsTheGivenValues() {
        assertThat(ParameterRange.parse("sizing=fixed,percent").values()).containsExactly("fixed", "percent");
    }

    @Test
    void malformedRangesAreRefusedNamingTheText() {
        assertThatThrownBy(() -> ParameterRange.parse("fast")).hasMessageContaining("'fast' is not a parameter range");
        assertThatThrownBy(() -> ParameterRange.parse("fast=x..5")).hasMessage("'fast=x..5': 'x' is not a number");
        assertThatThrownBy(() -> ParameterRange.parse("fast=9..5")).hasMessageContaining("must run upwards");
    }

    @Test
    void gridHoldsEveryCombinationWithTheFirstParameterVaryingSlowest() {
        ParameterSpace space = new ParameterSpace(List.of(ParameterRange.parse("fast=1..2"), ParameterRange.parse("slow=7,8,9")));

        assertThat(space.size()).isEqualTo(6);
        assertThat(space.grid()).containsExactly(Map.of("fast", "1", "slow", "7"), Map.of("fast", "1", "slow", "8"),
                Map.of("fast", "1", "slow", "9"), Map.of("fast", "2", "slow", "7"), Map.of("fast", "2", "slow", "8"),
                Map.of("fast", "2", "slow", "9"));
    }

    @Test
    void randomSampleIsDistinctRepeatableAndFromTheGrid() {
        ParameterSpace space = new ParameterSpace(List.of(ParameterRange.parse("fast=1..30"), ParameterRange.parse("slow=31..60")));

        List<Map<String, String>> sample = space.random(25, 7);

        assertThat(sample).hasSize(25).doesNotHaveDuplicates();
        assertThat(new HashSet<>(space.grid())).containsAll(sample);
        assertThat(space.random(25, 7)).isEqualTo(sample);
    }

    @Test
    void sameParameterTwiceIsRefused() {
        assertThatThrownBy(() -> new ParameterSpace(List.of(ParameterRange.parse("a=1"), ParameterRange.parse("a=2"))))
                .hasMessage("parameter 'a' has two ranges");
    }
}
