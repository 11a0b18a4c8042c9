package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricRowsTest {

    @Test
    void bothDrawdownDurationsAreLabelledAndWholeDaysShowWithoutDecimals() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("max_drawdown_days", 180.0);
        metrics.put("max_drawdown_bars", 124.0);
        metrics.put("longest_drawdown_days", 0.25);
        metrics.put("longest_drawdown_bars", 26.0);

        assertThat(MetricRows.of(metrics)).containsExactly(
                new MetricRow("Deepest drawdown duration (days)", "180"),
                new MetricRow("Deepest drawdown duration (bars)", "124"),
                new MetricRow("Longest time under water (days)", "0.25"),
                new MetricRow("Longest time under water (bars)", "26"));
    }
}
