package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPrinterTest {

    @Test
    void theStrategysExposureIsStatedBesideBuyAndHoldsFullExposure() {
        Map<String, Double> metrics = Map.of("total_return", 0.1234, "exposure", 0.4321, "buy_and_hold_return", 0.25);

        assertThat(RunPrinter.againstBuyAndHold(metrics))
                .contains("Strategy +12.34 % at 43.21 % exposure; buy and hold +25.00 % at 100.00 % exposure");
    }

    @Test
    void withoutABenchmarkNothingIsCompared() {
        assertThat(RunPrinter.againstBuyAndHold(Map.of("total_return", 0.1, "exposure", 0.5))).isEmpty();
    }
}
