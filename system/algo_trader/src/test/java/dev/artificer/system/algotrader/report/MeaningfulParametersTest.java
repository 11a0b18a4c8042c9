package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.strategies.BuiltinStrategies;
import org.junit.jupiter.api.Test;

class MeaningfulParametersTest {

    @Test
    void sizingParametersOfOtherSizingsAreLeftOut() {
        MeaningfulParameters shown = MeaningfulParameters.of(BuiltinStrategies.registry().find("sma-cross")
                .parse("fast=10 slow=30 sizing=percent percent=20"));

        assertThat(shown.sizing()).isEqualTo("sizing=percent percent=20");
        assertThat(shown.strategy()).startsWith("fast=10 slow=30").doesNotContain("quantity=", "risk=", "percent=");
    }
}
